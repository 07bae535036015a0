import type { Locale } from '../../domain';

/**
 * Options in the order a reader of `locale` looks for them by their label: Chinese by its collation (pinyin
 * order, 宝山 before 上海), English alphabetically. Ids would sort the Chinese UI by the English words they
 * are made of.
 */
export function byLabel<T>(options: readonly T[], label: (option: T) => string, locale: Locale): T[] {
  const collator = new Intl.Collator(locale);
  return [...options].sort((a, b) => collator.compare(label(a), label(b)));
}
