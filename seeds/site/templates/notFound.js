// What every host answers for a path it does not have (the related links lead here).
import { html } from '../lib/html.js';

/** @param {string} host */
export function notFoundPage(host) {
  return html`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>الصفحة غير موجودة</title><link rel="icon" href="data:,"></head>
<body style="font-family:Tahoma,'DejaVu Sans',sans-serif;text-align:center;padding:60px">
<h1>404</h1><p>عذرا، الصفحة التي تبحث عنها غير موجودة على ${host}.</p><p><a href="/">العودة إلى الصفحة الرئيسية</a></p>
</body>
</html>
`.value;
}
