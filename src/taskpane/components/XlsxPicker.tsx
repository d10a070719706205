/**
 * A button that opens the browser's file picker for one .xlsx file: the button the user sees and
 * the hidden file input it clicks (labelled, for tests and assistive technology). The input is
 * cleared after each pick, so choosing the same file again picks it again.
 */
import { useRef } from "react";
import type { ReactNode } from "react";
import { Button } from "@fluentui/react-components";
import type { ButtonProps } from "@fluentui/react-components";
import { XLSX_TYPE } from "../browser/fileIo";

/** Props of `XlsxPicker`. */
export interface XlsxPickerProps {
  /** The button's text. */
  readonly children: ReactNode;
  /** The hidden input's accessible name ("Open an .xlsx workbook"). */
  readonly inputLabel: string;
  readonly disabled?: boolean;
  readonly size?: ButtonProps["size"];
  readonly appearance?: ButtonProps["appearance"];
  readonly className?: string;
  readonly onPick: (file: File) => void;
}

/** The button and its hidden .xlsx input. */
export function XlsxPicker({ children, inputLabel, disabled, size, appearance, className, onPick }: XlsxPickerProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button size={size} appearance={appearance} className={className} disabled={disabled} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={`.xlsx,${XLSX_TYPE}`}
        aria-label={inputLabel}
        tabIndex={-1}
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) onPick(file);
        }}
      />
    </>
  );
}
