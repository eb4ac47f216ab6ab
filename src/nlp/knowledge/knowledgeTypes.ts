/**
 * The shapes of the knowledge files (src/nlp/knowledge/*.json, documented in its README).
 * Tests build small objects of these shapes; the recogniser compiles them into lookups.
 */

export interface TermEntry {
  /** A key of roles.json. */
  role: string;
  /** A code of countries.json. */
  country: string;
  /** `YYYY-MM-DD` or `YYYY`; missing or null when unknown. */
  from?: string | null;
  /** `YYYY-MM-DD` or `YYYY`; null while in office. */
  to?: string | null;
  /** The precise English role when it is not the role's own label ("King", "Special Envoy for Syria"). */
  title?: string;
}

export interface OfficialEntry {
  id: string;
  en: string;
  /** Full Arabic names, each spelling variant written out. */
  ar: string[];
  /** Forms used for a later mention (usually the surname). */
  short?: string[];
  terms: TermEntry[];
  /**
   * Whether the short form alone names this person even before any full mention
   * (heads of state named bare: بوتين، أردوغان). When absent, heads of state and
   * government are distinctive and others are not.
   */
  distinctive?: boolean;
  /** Where the entry's facts come from, when the file's own source does not say. */
  source?: string;
}

export interface AgreementEntry {
  id: string;
  en: string;
  ar: string[];
  /**
   * When it was signed, adopted or declared: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. Entries that share a
   * name («إعلان جدة» of May 11 and of May 19, 2023) are told apart by it; an article never refers to
   * an agreement dated after it.
   */
  date?: string;
  /**
   * Country codes of the parties. A description («اتفاقية الشراكة الاستراتيجية الشاملة بين البلدين»)
   * links to the entry only in an article that names them, and a generic name of it only then.
   * Two or more, but one for the sides of one country that a mediator brought together (the Yemeni
   * parties' UN roadmap: «خارطة الطريق الأممية» in a Yemeni story).
   */
  parties?: string[];
  /** Country codes of a mediator or host that is not a party (China for the Saudi–Iranian agreement). */
  mediators?: string[];
  /** The city it was signed or declared in, in Arabic (بكين، جدة). */
  place?: string;
  /**
   * Later days the same arrangement was agreed again, for an entry that stands for several rounds of
   * one thing (the Gaza truces of November 2023, January 2025 and October 2025): a description dated
   * on one of them («… الذي بدأ سريانه في 19 يناير») is it too. Same formats as `date`.
   */
  renewed?: string[];
  /**
   * When copy began to call it by one of its names, for a plan talked of long before it was published
   * («صفقة القرن» from 2017 for the plan of January 2020): an article of that time may already name it.
   * Same formats as `date`, and before it.
   */
  namedSince?: string;
  /**
   * Ids of the officials who put it forward, for a plan or initiative that copy names after its
   * author («خطة ترامب», «مبادرة ولي العهد السعودي», «خطة السلام التي طرحها الرئيس الأمريكي»).
   */
  proposers?: string[];
  /** Where the entry's facts come from, when the file's own source does not say. */
  source?: string;
}

/** A title phrase; the object form pins the country it implies (سيد الكرملين) or a more precise English label. */
export type TitleEntry = string | { ar: string; country?: string; en?: string };

export interface RoleEntry {
  key: string;
  en: string;
  /** The role's name in an Arabic interface («وزير الخارجية»). */
  ar?: string;
  /** Its Arabic name by the English title of a term («King» → «الملك»). */
  arByTitle?: Record<string, string>;
  /** Title phrases that name this role before or after a person's name. */
  titles: TitleEntry[];
  /** Short titles that, alone, refer back to a person already named (الوزير، المتحدث). */
  bare?: string[];
  /** At most one holder per country at a time, so a title with a country and a date names one person. */
  unique?: boolean;
  /** A place after the title is where the holder is posted (السفير الروسي لدى دمشق), not their country. */
  destination?: boolean;
  /** English label per country code when it differs (US foreign minister: "Secretary of State"). */
  enByCountry?: Record<string, string>;
}

export interface CountryEntry {
  code: string;
  en: string;
  ar: string[];
  /** Nationality adjectives, masculine and feminine, with spelling variants. */
  adj?: string[];
  /** Capital or seat used for the country (واشنطن، الكرملين). */
  metonyms?: string[];
  /** Other cities that give their names to agreements and talks (سوتشي، جنيف، الطائف). */
  cities?: string[];
}

/**
 * A descriptor: a noun that, with a nationality adjective, stands for a person already named
 * («المسؤول الروسي», «الدبلوماسي الأمريكي», «الأمير السعودي»), never for someone new.
 */
export interface DescriptorEntry {
  /** The noun, in its forms (masculine, feminine). */
  ar: string[];
  /** The roles it can stand for; absent for any office («المسؤول»). */
  roles?: string[];
}

export interface KnowledgeSource {
  officials: readonly OfficialEntry[];
  agreements: readonly AgreementEntry[];
  roles: readonly RoleEntry[];
  countries: readonly CountryEntry[];
  /** roles.json `descriptors`; absent in small test knowledge. */
  descriptors?: readonly DescriptorEntry[];
  /** roles.json `notOffices`: words that head someone who holds no office (القاضي، اللاعب، رجل الأعمال). */
  notOffices?: readonly string[];
  /** roles.json `notGivenNames`: first names of listed people that in news copy open something else («وسام زايد», an order). */
  notGivenNames?: readonly string[];
}
