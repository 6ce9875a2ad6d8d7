import { z } from 'zod';

export const excelTableInputs = {
  workbook_path: z
    .string()
    .regex(/\.xlsx$/i, 'the workbook’s path in OneDrive, ending in .xlsx')
    .describe('The workbook’s path in the account’s OneDrive, e.g. Sales/2026.xlsx.'),
  table: z.string().min(1).max(255).describe('The table’s name (Table Design → Table Name), e.g. Orders.'),
};
