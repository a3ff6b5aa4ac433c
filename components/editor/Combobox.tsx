/**
 * A text input with an accessible suggestion list (WAI-ARIA combobox pattern, list autocomplete): typing asks
 * `suggest(prefix)`; arrow keys move through the options, Enter picks, Escape closes; a click picks too.
 * Picking hands the whole item to `onPick`, so a remembered speaker fills both name and role.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export interface ComboboxProps<T> {
  id: string;
  value: string;
  onInput: (value: string) => void;
  suggest: (prefix: string) => Promise<T[]>;
  onPick: (item: T) => void;
  /** The option's main text and an optional second line (e.g. a speaker's role). */
  optionLabel: (item: T) => string;
  optionDetail?: (item: T) => string | null;
  testId: string;
  placeholder?: string;
  /** 'url' asks for a URL keyboard on touch devices (the input stays type=text: validation is ours). */
  type?: 'text' | 'url';
  invalid?: boolean;
  describedBy?: string;
}

/** Typing fast should not send one message per key. */
const DEBOUNCE_MS = 120;

export function Combobox<T>(props: ComboboxProps<T>) {
  const { id, value, onInput, suggest, onPick, optionLabel, optionDetail, testId } = props;
  const [items, setItems] = useState<T[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Only the answer to the latest request may fill the list (answers can arrive out of order).
  const request = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const ask = (prefix: string) => {
    clearTimeout(timer.current);
    const ticket = ++request.current;
    timer.current = setTimeout(() => {
      suggest(prefix)
        .then((found) => {
          if (ticket !== request.current) return;
          setItems(found);
          setActive(-1);
          setOpen(found.length > 0);
        })
        .catch(() => ticket === request.current && setOpen(false));
    }, DEBOUNCE_MS);
  };

  const close = () => {
    ++request.current;
    clearTimeout(timer.current);
    setOpen(false);
    setActive(-1);
  };

  const pick = (item: T) => {
    close();
    onPick(item);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open || items.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + items.length) % items.length);
    } else if (event.key === 'Enter' && open && active >= 0 && items[active] !== undefined) {
      event.preventDefault();
      pick(items[active]);
    }
  };

  const listId = `${id}-options`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div class="combobox">
      <input
        id={id}
        type="text"
        inputMode={props.type === 'url' ? 'url' : undefined}
        value={value}
        placeholder={props.placeholder}
        autocomplete="off"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={props.invalid || undefined}
        aria-describedby={props.describedBy}
        data-testid={testId}
        onInput={(event) => {
          const text = event.currentTarget.value;
          onInput(text);
          ask(text);
        }}
        onKeyDown={onKeyDown}
        onBlur={close}
      />
      <ul id={listId} role="listbox" class="combobox-options" hidden={!open} data-testid={`${testId}-options`}>
        {items.map((item, index) => {
          const detail = optionDetail?.(item);
          return (
            <li
              key={index}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'active' : undefined}
              // mousedown, not click: it fires before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(item);
              }}
            >
              <span class="option-label">{optionLabel(item)}</span>
              {detail && <span class="option-detail">{detail}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
