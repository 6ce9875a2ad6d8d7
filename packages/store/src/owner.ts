/** Who a new row is for: the workspace it belongs to and the member who made it. */
export interface Owner {
  workspaceId: string;
  userId: string;
}
