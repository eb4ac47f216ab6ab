/**
 * Words that news copy uses for one another when it retells a statement: each line is one
 * sense, as a reader of Arabic wire copy would equate them («أمن الإنترنت» / «الأمن السيبراني»,
 * «تسهيل الحوار» / «تيسير الحوار», «اتفقا» / «توافقا»). Words are compared by their keys
 * (wordKeys), so one form of each word is enough. Senses only: no topic lists (two claims about
 * Ukraine share a topic, not a proposition), and a capital stands for its country as copy uses it.
 */
import { wordKeys } from '../text/stem.ts';

const SENSES = `
سعادة سرور ارتياح ابتهاج فرح
امتنان شكر عرفان ثناء تقدير
تيسير تسهيل تذليل
تهيئة توفير إتاحة
أجواء ظروف مناخ
ملائمة مناسبة مواتية
انعقاد إجراء
محادثات مباحثات مفاوضات مشاورات نقاش مناقشات
جهود مساعي مساع
هادفة رامية ساعية
حل تسوية
دعم مساندة تأييد وقوف تضامن متضامن
ملاذ مركز موطن ساحة منطلق ميدان بؤرة
جماعات تنظيمات مجموعات فصائل
فكرة تصور طرح طروحات مقترح اقتراح
ازدهار نماء رخاء رقي خير
اعتزاز فخر
خيبة إحباط
جامع شامل
انتقال تغيير
امتنان شكر
صفحة مرحلة
يسهم سيسهم يساهم يدفع سيدفع
عواقب تبعات
يرد سترد رد
اعتمد صادق أقر تبنى
استضافة احتضن استقبل
إخفاق عجز فشل
أثبت كشف أظهر برهن
لجم كبح إنهاء وقف إيقاف
انتصار نصر فوز
قضايا ملفات مسائل مسألة نقاط بنود
ساخنة شائكة ملتهبة
ترسيخ تعزيز تدعيم توطيد تقوية تنشيط تطوير تكثيف توسيع
إنترنت سيبراني إلكتروني
اقترب قريب
أسس قواعد مبادئ
خلافات نزاعات اختلافات
عودة إعادة استئناف
بحث تباحث ناقش تناول
شمل تضمن تناول
تنسيق إعداد تحضير
مستقبل مقبلة قادمة
إرادة رغبة عزم اعتزم نية تريد يريد
وثيق أوثق متين
اتفق توافق تفاهم
كثيرة عديد
قليل بضع
جانبين طرفين
صعبة عسيرة
سهلة يسيرة
تعهدات التزامات وعود
تنفيذ وفاء يفي
تقييم مراجعة
أمل تطلع
مشاركة حضور
كارثة مأساة
عدواني عدائي
تفاؤل إيجابية
تحول منعطف
زخم دفعة
فوري فورا
ماضية مستمرة تمضي يمضي ستمضي
عملي براغماتي
مجمل كامل جميع
رزمة حزمة
إيضاحات توضيحات إيضاح توضيح
ملفقة مزيفة كاذبة مفبركة
جدية جد
يكفي كاف كافي كافية
خسائر أثمان تكلفة كلفة
حازم حزم صارم قوة
ملموسة محددة
ينتظر تنتظر يترقب تترقب انتظار ترقب
أهمية ضرورة وجوب ضروري
إقليم إقليمي إقليمية منطقة
استعداد مستعد جاهزية جاهز
استمرار مواصلة مواصل استمرارية
اتصال تواصل
تطورات مستجدات
أوضاع وضع
تفاوض مفاوضات تفاوضي
اجتماع لقاء
أنقرة تركيا
القاهرة مصر
موسكو روسيا
طهران إيران
بكين الصين
دمشق سوريا
كييف أوكرانيا
واشنطن أمريكا
الرياض السعودية
`;

/** Key → the senses it belongs to. */
const SENSE_OF = new Map<string, number[]>();
SENSES.trim()
  .split('\n')
  .forEach((line, sense) => {
    for (const word of line.trim().split(/\s+/)) {
      for (const key of wordKeys(word)) {
        const list = SENSE_OF.get(key) ?? [];
        if (!list.includes(sense)) list.push(sense);
        SENSE_OF.set(key, list);
      }
    }
  });

/** The senses a word (by its keys) belongs to, as `sense:N` keys. */
export function senseKeys(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (const key of keys) for (const sense of SENSE_OF.get(key) ?? []) out.add(`sense:${sense}`);
  return [...out];
}
