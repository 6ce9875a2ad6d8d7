import type { ReactNode } from 'react';
import { DropdownMenu } from 'radix-ui';

/**
 * A menu of actions opened from a trigger (Radix: arrow keys move, typing jumps, Escape closes and
 * gives focus back to the trigger). `trigger` must be one focusable element, usually an IconButton.
 */
export function Menu({
  trigger,
  label,
  children,
  align = 'end',
  onOpenChange,
}: {
  trigger: ReactNode;
  label: string;
  children: ReactNode;
  align?: 'start' | 'end';
  /** Told when the menu opens or closes: a menu whose items come from the server reads them on opening. */
  onOpenChange?: (open: boolean) => void;
}) {
  return (
    <DropdownMenu.Root modal={false} {...(onOpenChange ? { onOpenChange } : {})}>
      <DropdownMenu.Trigger asChild>{trigger}</DropdownMenu.Trigger>
      {/* Not portalled to the body: in place, the menu stays inside its landmark (it is positioned as fixed, so nothing clips it). */}
      <DropdownMenu.Content className="menu" align={align} sideOffset={4} aria-label={label}>
        {children}
      </DropdownMenu.Content>
    </DropdownMenu.Root>
  );
}

type MenuItemProps = { icon?: ReactNode; children: ReactNode; onSelect?(): void; danger?: boolean; asChild?: boolean; disabled?: boolean };

/** One action in a Menu; with `asChild`, a link (download, navigation) that acts as the item. */
export function MenuItem({ icon, children, onSelect, danger = false, asChild = false, disabled = false }: MenuItemProps) {
  return (
    <DropdownMenu.Item className={danger ? 'menu-item danger' : 'menu-item'} onSelect={onSelect} asChild={asChild} disabled={disabled}>
      {asChild ? (
        children
      ) : (
        <span>
          {icon}
          {children}
        </span>
      )}
    </DropdownMenu.Item>
  );
}

/** A setting that is on or off, kept open after a toggle so the user sees it change. */
export function MenuCheckboxItem({ checked, onCheckedChange, children }: { checked: boolean; onCheckedChange(checked: boolean): void; children: ReactNode }) {
  return (
    <DropdownMenu.CheckboxItem className="menu-item" checked={checked} onCheckedChange={onCheckedChange} onSelect={(event) => event.preventDefault()}>
      <DropdownMenu.ItemIndicator className="menu-check">✓</DropdownMenu.ItemIndicator>
      {children}
    </DropdownMenu.CheckboxItem>
  );
}

/** Options of which one is chosen (a theme), shown with a mark on the chosen one. */
export function MenuRadioGroup<T extends string>({
  value,
  onChange,
  options,
  label,
}: {
  value: T;
  onChange(value: T): void;
  options: { value: T; label: string }[];
  label: string;
}) {
  return (
    <DropdownMenu.Group aria-label={label}>
      <DropdownMenu.Label className="menu-label">{label}</DropdownMenu.Label>
      <DropdownMenu.RadioGroup value={value} onValueChange={(v) => onChange(v as T)}>
        {options.map((option) => (
          <DropdownMenu.RadioItem key={option.value} value={option.value} className="menu-item" onSelect={(event) => event.preventDefault()}>
            <DropdownMenu.ItemIndicator className="menu-check">•</DropdownMenu.ItemIndicator>
            {option.label}
          </DropdownMenu.RadioItem>
        ))}
      </DropdownMenu.RadioGroup>
    </DropdownMenu.Group>
  );
}

export const MenuSeparator = () => <DropdownMenu.Separator className="menu-separator" />;
