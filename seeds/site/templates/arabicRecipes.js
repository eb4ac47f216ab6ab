// An Arabic recipe page: long Arabic prose, lang="ar" dir="rtl", but a recipe (schema.org
// Recipe, og:type website, no publication time, lists of ingredients and steps). It is
// Arabic and it is long, and it is not news: Isnad must leave it alone.
import { html, raw } from '../lib/html.js';
import { cookieScript, DEFAULT_COOKIE_NOTICE } from '../lib/body.js';
import { logoSvg } from '../lib/media.js';

const INTRO = [
  'المقلوبة من أشهر الأطباق في بلاد الشام، وتحضر على موائد العائلات في أيام الجمعة والمناسبات، وسميت بهذا الاسم لأنها تقلب بعد نضجها من القدر إلى صينية التقديم فتظهر طبقات الخضار والأرز والدجاج متماسكة كأنها قالب كعك.',
  'تختلف طريقة تحضير المقلوبة من بيت إلى بيت ومن مدينة إلى أخرى، فبعضهم يفضلها بالباذنجان وحده، وبعضهم يضيف القرنبيط أو البطاطا أو الجزر، ومنهم من يطبخها باللحم بدل الدجاج. وفي هذه الوصفة نجمع الباذنجان والقرنبيط مع الدجاج المتبل بالبهارات السبع، وهي الطريقة التي تعلمناها من جداتنا.',
  'سر نجاح المقلوبة في ثلاثة أمور: أن يقلى الباذنجان والقرنبيط حتى يكتسبا لونا ذهبيا، وأن ينقع الأرز قبل الطبخ نصف ساعة على الأقل، وأن تترك القدر بعد إطفاء النار عشر دقائق قبل قلبها حتى تتماسك الطبقات ولا تنهار عند التقديم.',
  'تقدم المقلوبة ساخنة مع اللبن الزبادي أو سلطة الخيار باللبن، ويزينها كثيرون بالصنوبر واللوز المحمص والبقدونس المفروم. ويمكن تحضير الدجاج والخضار المقلية في الليلة السابقة لتوفير الوقت في يوم العزيمة.',
];

const INGREDIENTS = [
  'دجاجة كاملة مقطعة إلى أرباع (نحو كيلوغرام ونصف)',
  'ثلاثة أكواب من الأرز المصري أو البسمتي، منقوعة في الماء',
  'حبتا باذنجان كبيرتان مقطعتان إلى شرائح',
  'رأس قرنبيط متوسط مقسم إلى زهرات',
  'بصلة كبيرة مقطعة إلى أرباع',
  'ملعقة كبيرة من البهارات السبع',
  'ملعقة صغيرة من الكركم',
  'ورق غار وحبات هيل وعود قرفة',
  'زيت للقلي وملح حسب الرغبة',
  'صنوبر ولوز محمص للتزيين',
];

const STEPS = [
  'اسلقي الدجاج في قدر كبيرة من الماء مع البصل وورق الغار والهيل والقرفة والملح مدة أربعين دقيقة، ثم صفي المرق واحتفظي به.',
  'رشي الملح على شرائح الباذنجان واتركيها ربع ساعة، ثم جففيها واقليها في الزيت الغزير حتى تصبح ذهبية، وافعلي الشيء نفسه بزهرات القرنبيط.',
  'صفي الأرز من ماء النقع وتبليه بالبهارات السبع والكركم والملح.',
  'رتبي في قاع قدر عميقة قطع الدجاج، ثم طبقة من الباذنجان، ثم القرنبيط، ثم غطي الجميع بالأرز وسوي سطحه.',
  'اسكبي المرق الساخن بهدوء على جانب القدر حتى يغطي الأرز بمقدار إصبعين، وضعي صحنا مقلوبا فوق الأرز حتى لا تتحرك الطبقات.',
  'اطهي على نار عالية حتى الغليان، ثم خففي النار وغطي القدر واتركيها نصف ساعة حتى ينضج الأرز ويتشرب المرق.',
  'أطفئي النار واتركي القدر مغطاة عشر دقائق، ثم ضعي صينية التقديم فوقها واقلبيها مرة واحدة بحركة سريعة، وارفعي القدر بهدوء.',
  'زيني المقلوبة بالصنوبر واللوز المحمص وقدميها مع اللبن والسلطة.',
];

const TIPS = [
  'لتخفيف الدهون يمكن شوي الباذنجان والقرنبيط في الفرن بدل قليهما.',
  'إذا بقي في القدر مرق زائد بعد نضج الأرز فارفعي الغطاء دقيقتين على نار هادئة.',
  'تحفظ المقلوبة في الثلاجة يومين، وتسخن بإضافة قليل من الماء.',
];

const COMMENTS = [
  { who: 'أم يوسف', text: 'جربتها اليوم وكانت رائعة، أضفت البطاطا مع القرنبيط وأعجبت الأولاد كثيرا.' },
  { who: 'ريم', text: 'هل يمكن استعمال الأرز البني؟ وكم يحتاج من الوقت؟' },
];

const CSS = `
body{margin:0;font-family:Tahoma,'DejaVu Sans',sans-serif;background:#fffaf3;color:#3b2f2f}
header.blog-header{display:flex;align-items:center;gap:10px;padding:14px 24px;background:#fff;border-bottom:3px solid #e07a2f}
header.blog-header a{font-size:24px;font-weight:700;color:#e07a2f;text-decoration:none}
.blog-menu{display:flex;gap:16px;padding:8px 24px;font-size:14px;background:#fff}
main.recipe{max-width:780px;margin:0 auto;padding:16px 20px;line-height:1.9;font-size:17px}
.recipe-facts{display:flex;gap:18px;background:#fdebd9;padding:8px 14px;border-radius:8px;font-size:14px}
.recipe h2{color:#e07a2f}
footer{text-align:center;color:#999;font-size:13px;padding:16px}
#cookie-box{position:fixed;bottom:0;left:0;right:0;background:#3b2f2f;color:#fff;padding:8px 20px;font-size:13px}
`;

/** @param {import('../site.js').OtherPageContext} ctx */
export function render({ page, url }) {
  const recipeLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'Recipe',
    name: page.title,
    recipeCuisine: 'شامي',
    recipeYield: '6',
    totalTime: 'PT1H45M',
    recipeIngredient: INGREDIENTS,
    recipeInstructions: STEPS.map((text) => ({ '@type': 'HowToStep', text })),
  }).replaceAll('<', '\\u003c');
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} - مطبخ ست الحبايب</title>
<meta name="description" content="${INTRO[0] ?? ''}">
<link rel="canonical" href="${url}">
<meta property="og:type" content="website">
<meta property="og:title" content="${page.title}">
<meta property="og:site_name" content="مطبخ ست الحبايب">
<meta property="og:url" content="${url}">
<link rel="icon" href="data:,">
<script type="application/ld+json">${raw(recipeLd)}</script>
<style>${raw(CSS)}</style>
</head>
<body>
<header class="blog-header">${raw(logoSvg('م', '#e07a2f'))}<a href="/">مطبخ ست الحبايب</a></header>
<div class="blog-menu"><a href="/recipes/">وصفات</a><a href="/desserts/">حلويات</a><a href="/ramadan/">أطباق رمضان</a><a href="/videos/">فيديو</a></div>
<main class="recipe">
  <h1>${page.title}</h1>
  <div class="recipe-facts"><span>التحضير: 45 دقيقة</span><span>الطبخ: ساعة</span><span>تكفي: 6 أشخاص</span><span>الصعوبة: متوسطة</span></div>
  ${INTRO.map((p) => html`<p>${p}</p>\n`)}
  <img src="/media/maqluba.svg" width="960" height="540" alt="طبق مقلوبة مزين بالصنوبر" style="width:100%;height:auto">
  <h2>المكونات</h2>
  <ul class="ingredients">${INGREDIENTS.map((i) => html`<li>${i}</li>`)}</ul>
  <h2>طريقة التحضير</h2>
  <ol class="steps">${STEPS.map((s) => html`<li>${s}</li>`)}</ol>
  <h2>نصائح</h2>
  <ul class="tips">${TIPS.map((t) => html`<li>${t}</li>`)}</ul>
  <section class="comments"><h2>تعليقات القراء</h2>${COMMENTS.map((c) => html`<p><b>${c.who}:</b> ${c.text}</p>`)}</section>
</main>
<footer>© مطبخ ست الحبايب · وصفات بيتية من كل البلاد العربية</footer>
<div id="cookie-box">${DEFAULT_COOKIE_NOTICE} <button type="button" id="cookie-box-ok">حسنا</button></div>
${cookieScript('cookie-box', 'cookie-box-ok')}
</body>
</html>
`.value;
}
