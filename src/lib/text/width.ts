// Text widths for SVG labels, estimated without a DOM (charts are laid out at build time).

/** roughTextWidth('12,345', 12) is the width of a label in viewBox units from its length alone (system sans, ~0.58 em a character). */
export const roughTextWidth = (text: string, fontSize: number) => text.length * fontSize * 0.58;
