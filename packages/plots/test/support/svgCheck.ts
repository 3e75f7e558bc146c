// Test-only helpers for the plot tests: a small well-formedness check of SVG text (every tag
// closed in order, one root <svg>) and extraction of text labels and mark classes.
import { expect } from 'vitest';

export function expectValidSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  let consumed = 0;
  while ((m = tag.exec(svg)) !== null) {
    const between = svg.slice(consumed, m.index);
    expect(between.includes('<'), `stray '<' before ${m[0]}`).toBe(false);
    consumed = m.index + m[0].length;
    const [, close, name, , selfClose] = m;
    if (close) {
      expect(stack.pop(), `closing </${name}>`).toBe(name);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) {
      roots++;
    }
  }
  expect(stack).toEqual([]);
  expect(roots).toBe(1);
}

/** The text content of every <text> element. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** The distinct `mark-… role-…` classes of the rendered marks. */
export function svgMarks(svg: string): Set<string> {
  return new Set([...svg.matchAll(/class="(mark-[\w-]+ role-[\w-]+)/g)].map((m) => m[1]!));
}
