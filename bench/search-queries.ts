/** The search bench's queries: what trainers type, and words, phrases, typos and prefixes drawn from the seeds. */
import { wordSpans } from "../src/core/search/search-terms.ts";
import { passageDocuments } from "./minisearch-search.ts";
import { library, rng } from "./seed-quotes.ts";

const random = rng(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

/** What trainers type: topic words and phrases, typos, prefixes (search as you type), Cyrillic. */
export const WRITTEN = [
  "interrogated",
  "interogated",
  "interrog",
  "child interview",
  "police stations",
  "saunas",
  "Bishkek",
  "Osh",
  "trafficking",
  "sexual exploitation",
  "child pornography",
  "prostitution",
  "street children",
  "brothels",
  "corruption",
  "complicit officials",
  "non-punishment",
  "victim identification",
  "referral",
  "shelter",
  "rehabilitation",
  "Criminal Code",
  "article 124",
  "juvenile justice",
  "court",
  "testimony",
  "judges",
  "prosecutors",
  "social workers",
  "NGO",
  "UNICEF",
  "Таис",
  "Таис Плюс",
  "Tais Plus",
  "migration",
  "Russia",
  "orphanage",
  "birth registration",
  "online",
  "internet",
  "hotline",
  "helpline",
  "awareness",
  "training",
  "child-sensitive",
  "children's rights",
  "girls boys",
  "20 per cent",
  "2013",
  "Optional Protocol",
  "Tier 2",
  "labour",
  "forced labor",
  "bride kidnapping",
  "early marriage",
  "HIV",
  "drugs",
  "extortion",
  "raids",
  "sex workers",
  "minors",
  "age of consent",
  "Ombudsman",
  "national plan",
  "coordination",
  "prevention",
];

/** Queries drawn from the corpus: a word, a two- or three-word phrase, a word with a typo, a prefix. */
function drawnQueries(n: number): string[] {
  const words = library
    .flatMap(passageDocuments)
    .filter((d) => !d.note)
    .flatMap((d) => wordSpans(d.text).map((w) => w.text));
  const long = words.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
  const out: string[] = [];
  while (out.length < n) {
    const kind = out.length % 4;
    const word = pick(long);
    if (kind === 0) out.push(word);
    else if (kind === 1) {
      const at = Math.floor(random() * (words.length - 3));
      out.push(words.slice(at, at + 2 + Math.floor(random() * 2)).join(" "));
    } else if (kind === 2) {
      const i = 1 + Math.floor(random() * (word.length - 2));
      out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    } else out.push(word.slice(0, 3 + Math.floor(random() * 3)));
  }
  return out;
}
export const queries = [...WRITTEN, ...drawnQueries(200 - WRITTEN.length)];
