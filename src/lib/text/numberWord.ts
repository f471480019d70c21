const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** numberWord(n) spells a small count as house style prints it in prose: numberWord(4) is "four", numberWord(13) is "13". */
export function numberWord(n: number): string {
  return WORDS[n] ?? String(n);
}
