/**
 * Closed classes of Arabic words the recogniser needs to tell a personal name from
 * the words around it. These are grammar, not world knowledge: no person, title or
 * treaty is named here (those live in knowledge/*.json).
 * Words are written as they are spelled and normalised once when the module loads.
 */
import { normalizeKey } from './normalize.ts';

/** The words of a space-separated list, normalised: the one way every stage writes its closed word lists. */
export function wordSet(words: string): ReadonlySet<string> {
  const set = new Set<string>();
  for (const word of words.split(/\s+/)) if (word) set.add(normalizeKey(word));
  return set;
}

/** Particles, prepositions, pronouns, relatives, demonstratives, quantifiers. */
const FUNCTION_WORDS = `
في فى من إلى الى على علي عن مع إن أن إنه أنه أنها إنها انه انها لأن لان كان كانت كانوا يكون تكون سيكون
قد لقد لم لن لا ما ماذا لماذا كيف متى أين هل بل ثم أو أم حتى إذا إذ لو لولا كما كذلك أيضا أيضاً
الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي هذا هذه ذلك تلك هؤلاء أولئك هنا هناك
هو هي هم هما هن نحن أنا أنت أنتم عند عندما بعد قبل خلال منذ حول بين بينما حيث لدى ضد نحو دون غير سوى
عبر وفق وفقا طبقا بشأن إزاء تجاه جراء بسبب رغم بالرغم عقب إثر اثر قبيل بعيد أثناء فوق تحت أمام خلف وراء داخل خارج
كل بعض جميع عدة معظم أكثر أقل أي أية ليس ليست إلا لكن ولكن لكنه لكنها أما إما سواء مثل كأن لأنه
بدوره بدورها بدورهم جهته جهتها جانبه جانبها نفسه نفسها ذاته ذاتها وحده معه معها معهم له لها لهم به بها بهم
منه منها عنه عنها إليه إليها عليه عليها فيه فيها بأن بأنه بأنها وأن وإن فإن لكي كي يا أيها قط فقط جدا
مجددا مجدداً حاليا سابقا لاحقا أمس اليوم غدا الآن صباح صباحا مساء مساءً ظهر ظهرا ليلة ليلا فجر
يوم يومي أيام أسبوع شهر عام سنة الأسبوع الشهر العام السنة الماضي الماضية المقبل المقبلة الجاري الحالي
مرة مرات أول أولى آخر أخرى الأخير الأخيرة نفس ذات
`;

const DAYS_AND_MONTHS = `
الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت أحد اثنين ثلاثاء أربعاء خميس جمعة سبت
يناير فبراير مارس أبريل إبريل ابريل مايو يونيو يونيه يوليو يوليه أغسطس اغسطس سبتمبر أكتوبر نوفمبر ديسمبر
كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين
`;

/** Verbs and participles of reporting and diplomacy, the words that most often follow a name. */
const VERBS = `
قال قالت أكد أكدت أعلن أعلنت أضاف أضافت تابع تابعت أشار أشارت أوضح أوضحت صرح صرحت ذكر ذكرت شدد شددت
اعتبر اعتبرت رأى رأت لفت لفتت نفى نفت دعا دعت طالب طالبت حذر حذرت وصف وصفت بحث بحثت التقى التقت
استقبل استقبلت زار زارت وصل وصلت غادر غادرت توجه توجهت أجرى أجرت عقد عقدت شارك شاركت أعرب أعربت
أبلغ أبلغت كشف كشفت نقل نقلت أفاد أفادت أجاب أجابت تحدث تحدثت اتهم اتهمت هدد هددت وقع وقعت رحب رحبت
أدان أدانت انتقد انتقدت ناقش ناقشت اتفق اتفقت أجرى يجري تجري أبدى أبدت جدد جددت أكدا بحثا اتفقا
يقول تقول يؤكد تؤكد يعلن تعلن يرى ترى يبحث تبحث يلتقي تلتقي يزور تزور يتوجه تتوجه يشارك تشارك
سيزور سيلتقي سيبحث سيتوجه سيشارك سيعقد يعقد تعقد يعتزم تعتزم يرأس ترأس
يصل تصل يبدأ تبدأ يختتم تختتم يدعو تدعو يحذر تحذر يتهم تتهم ينفي تنفي يرفض ترفض يطالب تطالب يهدد تهدد
يغادر تغادر يستقبل تستقبل يلقي تلقي يجدد تجدد يرحب ترحب يدين تدين ينتقد تنتقد يكشف تكشف يبلغ تبلغ يتلقى تتلقى
يجتمع تجتمع يناقش تناقش يشدد تشدد يعتبر تعتبر يصف تصف يتحدث تتحدث يوقع توقع يبحثان يلتقيان سيلتقيان
يحث تحث يهنئ تهنئ يعزي تعزي يثمن تثمن يبعث تبعث يتسلم تتسلم يودع تودع يهاتف تهاتف
يسلم تسلم يقدم تقدم يمنح تمنح يفتتح تفتتح يدشن تدشن يكرم تكرم يشهد تشهد يحضر تحضر يرعى ترعى
قام قامت يقوم تقوم أشاد أشادت يشيد تشيد استعرض استعرضت بعث بعثت تلقى تلقت اجتمع اجتمعت أعرب ألقى ألقت
قائلا قائلة مؤكدا مؤكدة مشيرا مشيرة مضيفا مضيفة لافتا لافتة معتبرا معتبرة موضحا موضحة محذرا محذرة
داعيا داعية معربا معربة مشددا مشددة منوها منوهة متحدثا متحدثة
مخاطبا مخاطبة متوجها متوجهة واصفا واصفة مبرزا مبرزة مثمنا مثمنة معلنا معلنة مرحبا مرحبة مستعرضا مستعرضة
`;

/**
 * Nouns that commonly follow a title in place of a name (وزير الخارجية خلال زيارته …), and the nouns of a
 * stance with their pronoun (أبدى الرئيس الإيراني أسفه …، أعرب الوزير عن ارتياحه …).
 */
const COMMON_NOUNS = `
محادثات مباحثات اتصال اتصالا اتصالاً لقاء لقائه لقائها اجتماع اجتماعا زيارة زيارته زيارتها رسالة بيان بيانا
تصريح تصريحات تصريحه مؤتمر مؤتمرا كلمة كلمته مقابلة حديث حديثه وفد الوفد وزارة الوزارة حكومة الحكومة
جولة جولته زيارة اجتماعا لقاءات اتصالات محادثات مباحثات مشاورات رسالة رسائل دعوة مبادرة خطة اتفاق اتفاقا
نظيره نظيرها نظيريه الأوضاع الوضع العلاقات التطورات المستجدات الأزمة
دولة الدولة بلاده بلادها البلاد البلدين الجانب الجانبين الطرفين الطرف رئيس وزير نائب مساعد مستشار
مسؤول مسؤولا مسؤولين مصدر مصادر أنباء تقرير تقارير إطار هامش ضوء صعيد شأن ملف قضية مسألة موضوع
منصب منصبه منصبها مرتين مرتان مهام مهامه ولاية ولايته عهد عهده
عقيلة زوجة حرم قرينة أرملة
أهمية ضرورة تعزيز تطوير مواصلة تكثيف توسيع استمرار حرص
جدول أعمال
شكر استقبال وداع سموه سموها جلالته فخامته معاليه سيادته دولته سماحته
رئاسة مراسم
أوراق اعتماد اعتماده اعتمادها نسخة
المالي المالية
أبناء أبناءه استمرت استمر استغرقت استغرق دامت دام
جمع جمعه جمعت ضم ضمت
التأكيد تأكيده تأكيدها الدعوة دعوته دعوتها
دعم تأييد رفض
حسب بحسب وفق وفقا مكتب
أسفه أسفها ارتياحه ارتياحها تقديره تقديرها شكره شكرها ترحيبه ترحيبها استعداده استعدادها رغبته رغبتها حرصه حرصها
تطلعه تطلعها أمله أملها قلقه قلقها رفضه رفضها دعمه دعمها إدانته إدانتها تضامنه تضامنها تعازيه تعازيها تهانيه
اعتزازه اعتزازها سعادته سعادتها امتنانه امتنانها
احتجاج احتجاجا احتجاجه احتجاجها اعتراض اعتراضا اعتراضه اعتراضها تحيات تحياته تحياتها
لتقديم لبحث لمناقشة لتعزيز لتطوير للتشاور توضيحات
`;

/** A verb in the future tense («سيجري», «ستعقد», «سيتم», «سينصب»), not a word that starts with «سيا» (سياسي). */
export const FUTURE_VERB = /^س[يت][^ا]/u;

/**
 * «عقيلة الرئيس التركي أمينة أردوغان», «نجل الرئيس …»: a consort or a child of the office-holder;
 * the name after the title is theirs, not the office-holder's.
 */
export const CONSORTS: ReadonlySet<string> = wordSet('عقيلة زوجة حرم قرينة أرملة نجل نجلة ابن ابنة شقيق شقيقة');

export const STOP_WORDS: ReadonlySet<string> = wordSet(FUNCTION_WORDS + DAYS_AND_MONTHS + VERBS + COMMON_NOUNS);

/**
 * Spans of time («استغرقت يوما واحدا، رئيس الوزراء …», «تستمر يومين»): never a word of a person's name, though
 * they stay words of an agreement's name («وقف إطلاق النار لمدة 30 يوما»), so they are not stop words.
 */
export const TIME_SPAN_WORDS: ReadonlySet<string> = wordSet('يوم يوما يومين أيام ساعة ساعات أسبوع أسبوعا أسبوعين أسابيع واحد واحدا');

/**
 * Particles that normalise to a common first name (على → علي): a name word only when
 * another name word follows (علي خامنئي), never alone or last.
 */
export const NAME_LIKE_PARTICLES: ReadonlySet<string> = wordSet('علي');

/** A spokesperson's head noun («المتحدث باسم …», «ناطق رسمي»): whose words relay another's, and tell a meeting. */
export const SPOKESPERSON_WORDS: ReadonlySet<string> = wordSet('المتحدث المتحدثة الناطق الناطقة متحدث ناطق');

/** Verbs alone, to recognise «وقال» or «فأكد» (conjunction + verb) as not a name. */
export const VERB_WORDS: ReadonlySet<string> = wordSet(VERBS);

/**
 * Adjectives that copy puts in quotation marks to report an assessment («اتفاق "عادل"»,
 * «اتفاقا "تاريخيا"»): after a treaty noun they say what the deal should be, never its name.
 */
export const QUOTED_ASSESSMENTS: ReadonlySet<string> = wordSet(`
عادل عادلا منصف منصفا شامل شاملا نهائي نهائيا دائم دائما جيد جيدا سيئ سيئا تاريخي تاريخيا جديد جديدا
مؤقت مؤقتا ملزم ملزما متوازن متوازنا مقبول مقبولا عادلة شاملة نهائية دائمة تاريخية جديدة مؤقتة ملزمة
`);

/**
 * Words of address and rank written between a title and a name (العاهل السعودي الملك سلمان،
 * أمير قطر الشيخ تميم). After one of them a single-word name is enough. Western military ranks
 * as Arabic copy transliterates them («المتحدث باسم وزارة الدفاع الأميركية الكابتن جيف ديفيس»,
 * «الكولونيل») are ranks too; «المقدم» and «الرائد» are left out, being also ordinary adjectives.
 */
export const HONORIFICS: ReadonlySet<string> = wordSet(`
الملك الأمير الأميرة الشيخ الشيخة السلطان السيد السيدة الدكتور الدكتورة الجنرال الفريق اللواء العميد
العقيد المشير الأدميرال القاضي الكابتن الكولونيل الكولونيلة الميجور الميجر النقيب الأميرال
`);

/** Honorifics of two words or more (آية الله علي خامنئي; وزير الخارجية صاحب السمو الأمير فيصل بن فرحان). */
export const HONORIFIC_PHRASES: readonly (readonly string[])[] = [
  'آية الله',
  'حجة الإسلام',
  'الفريق أول',
  'اللفتنانت جنرال',
  'الليفتنانت جنرال',
  'الميجور جنرال',
  'البريغادير جنرال',
  'صاحب السمو الملكي',
  'صاحب السمو',
  'صاحب الجلالة',
  'صاحب المعالي',
  'صاحب الفخامة',
].map((p) =>
  normalizeKey(p).split(' '),
);

/** Name particles that join the next word to a name (محمد بن سلمان، عبد الله، أبو الغيط، آل ثاني). */
export const NAME_JOINERS: ReadonlySet<string> = wordSet('بن ابن بنت عبد عبد أبو أبي آل ولد ذو');

/** Words that qualify a title; «السابق» and its kin mean the person no longer holds it. */
export const FORMER_QUALIFIERS: ReadonlySet<string> = wordSet('السابق السابقة الأسبق الأسبقة الراحل الراحلة');
export const TITLE_QUALIFIERS: ReadonlySet<string> = wordSet(`
الجديد الجديدة الحالي الحالية المكلف المكلفة بالوكالة بالنيابة بالإنابة الخاص الخاصة الشخصي الشخصية الدائم الدائمة
الرسمي الرسمية المنتخب المنتخبة المقبل المقبلة المعتمد المعتمدة
آنذاك حينذاك حينها يومئذ وقتها وقتئذ
`);

/** «العربية» before a nationality is part of a state's name (القوات المسلحة العربية الليبية، الجمهورية العربية السورية). */
export const ARAB_ADJECTIVES: ReadonlySet<string> = wordSet('العربي العربية');

/** Prepositions that introduce where an envoy or ambassador is posted (لدى دمشق، إلى سوريا). */
export const DESTINATION_PREPOSITIONS: ReadonlySet<string> = wordSet('لدى إلى الى في فى بشأن حول');

/** «للشؤون الدولية», «لشؤون الشرق الأوسط»: a portfolio written after a title. */
export const PORTFOLIO_HEADS: ReadonlySet<string> = wordSet('شؤون الشؤون ملف');

/** «نظيره الأمريكي»: the counterpart of the person just named. */
export const COUNTERPART_WORDS: ReadonlySet<string> = wordSet('نظيره نظيرها نظيرهم نظيريه نظيرتها نظيرته نظيرتهم نظيريهما نظيراهما');

/** «د.» (doctor), written between an honorific or a title and the name («الشيخ د. أحمد الناصر»). */
export const DOCTOR_ABBREVIATION = 'د';

/** Honorifics of a title that, written with it and no name, stand for the one the story introduced with them («السيد الرئيس»). */
export const TITLE_HONORIFICS: ReadonlySet<string> = wordSet('السيد فخامة جلالة سمو معالي دولة');

/** «الرئيس», «رئيس الجمهورية»: the head word of a president's title, which no king, emir or pope bears. */
export const PRESIDENT_WORDS: ReadonlySet<string> = wordSet('الرئيس رئيس الرئيسة رئيسة');

/** «أبلغ السوداني محدثه التركي أن …»: the one told, named by a word of counterpart or host, not by name. */
export const INTERLOCUTORS: ReadonlySet<string> = wordSet('محدثه محدثها نظيره نظيرته مضيفه مضيفها ضيفه ضيفها');

/**
 * The one addressed after a subject («ووضع الرئيس أخاه الرئيس أردوغان في صورة …», «وأطلع الرئيس نظيره على …»): an
 * interlocutor, and «أخاه» (his brother), as WAFA and Gulf copy call a fellow leader.
 */
export const ADDRESSED_WORDS: ReadonlySet<string> = new Set([...INTERLOCUTORS, ...wordSet('أخاه أخيه شقيقه')]);

/** The two sides of a meeting as one subject: «الطرفان», «الجانبين», «الزعيمان», «الرئيسين», «الوزيران» (in any case). */
export const TWO_SIDES: ReadonlySet<string> = wordSet(
  'الطرفان الطرفين الجانبان الجانبين الزعيمان الزعيمين الرئيسان الرئيسين الوزيران الوزيرين القائدان القائدين',
);

/** Nouns that name a negotiating process by its place (مسار أستانا، صيغة نورماندي). */
export const PROCESS_NOUNS: ReadonlySet<string> = wordSet('مسار محادثات مفاوضات صيغة عملية منصة مؤتمر اجتماعات');

/** Nouns that head the name of an agreement. */
export const AGREEMENT_NOUNS: ReadonlySet<string> = wordSet(`
معاهدة اتفاقية اتفاق اتفاقات اتفاقيات خطة مذكرة بروتوكول ميثاق إعلان صفقة مبادرة مسار بيان تفاهمات وثيقة
`);

/** «أما», which opens a topic before its verb with ف: «أما روبيو فوصف …», «أما بري، الذي …، فقال». */
export const TOPIC_OPENERS = wordSet('أما وأما');
