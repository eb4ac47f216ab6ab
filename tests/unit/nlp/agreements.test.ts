import { describe, expect, it } from 'vitest';
import { agreementIds, run } from './helpers.ts';

const mentions = (text: string, id: string) => run(text).agreements.find((a) => a.id === id)?.mentions.map((m) => m.text) ?? [];

describe('Security Council resolutions', () => {
  it('reads the number after «قرار مجلس الأمن (الدولي) (رقم|الرقم)», in any digits', () => {
    expect(mentions('وأضاف أن العملية مرتبطة بقرار مجلس الأمن الرقم 2254 الذي علق.', 'unsc-resolution-2254')).toEqual([
      'قرار مجلس الأمن الرقم 2254',
    ]);
    expect(mentions('وأكد التزام بلاده بقرار مجلس الأمن الدولي رقم ٢٢٥٤.', 'unsc-resolution-2254')).toEqual([
      'قرار مجلس الأمن الدولي رقم ٢٢٥٤',
    ]);
  });

  it('reads «القرار (الدولي|الأممي) N» and merges mentions of one resolution', () => {
    const r = run('ودعا إلى الالتزام بالقرار الدولي 2254، وقال إن القرار الأممي ٢٢٥٤ هو الأساس، والقرار 2254 واضح.');
    expect(agreementIds(r)).toEqual(['unsc-resolution-2254']);
    expect(r.agreements[0]!.mentions.map((m) => m.text)).toEqual(['القرار الدولي 2254', 'القرار الأممي ٢٢٥٤', 'القرار 2254']);
    expect(r.agreements[0]!.nameEn).toBe('UN Security Council Resolution 2254');
  });

  it('reads lists of resolutions after a plural', () => {
    expect(agreementIds(run('ودعا إلى تطبيق القرارين 242 و338 وقرار مجلس الأمن 1701.'))).toEqual([
      'unsc-resolution-1701',
      'unsc-resolution-242',
      'unsc-resolution-338',
    ]);
  });

  it('does not take decrees or small numbers for resolutions', () => {
    expect(agreementIds(run('وصدر القرار رقم 45 لسنة 2020 عن رئيس الوزراء.'))).toEqual([]);
    expect(agreementIds(run('وقال إن القرار 15 لم ينفذ بعد.'))).toEqual([]);
    expect(agreementIds(run('وجاء القرار بعد 2254 يوما من المفاوضات.'))).toEqual([]);
  });
});

describe('named agreements', () => {
  it('finds every name of one treaty, with a treaty noun and quotes joining the mention', () => {
    expect(mentions('كما بحث الطرفان موضوع معاهدة «ستارت 3» ومستقبلها.', 'new-start')).toEqual(['معاهدة «ستارت 3»']);
    expect(mentions('واستعداد روسيا لمناقشة معاهدة الحد من الأسلحة الاستراتيجية الهجومية.', 'new-start')).toEqual([
      'معاهدة الحد من الأسلحة الاستراتيجية الهجومية',
    ]);
    expect(mentions('وأكد أن بلاده ملتزمة بالاتفاق النووي الإيراني.', 'jcpoa')).toEqual(['الاتفاق النووي الإيراني']);
    expect(mentions('وناقش الوزيران مستقبل معاهدة «ستارت-3».', 'new-start')).toEqual(['معاهدة «ستارت-3»']);
  });

  it('reads a description after a treaty noun that carries a conjunction', () => {
    expect(mentions('ناقشا مستقبل ستارت 3 ومعاهدة الصواريخ المتوسطة والقصيرة المدى.', 'inf-treaty')).toEqual([
      'معاهدة الصواريخ المتوسطة والقصيرة المدى',
    ]);
  });

  it('recognises a treaty described with changing nouns', () => {
    for (const text of [
      'وبحث الطرفان موضوع معاهدة تقليص الأسلحة النووية المتوسطة والقصيرة ومعاهدة ستارت 3.',
      'أعلن انسحاب بلاده من معاهدة القوى النووية المتوسطة والقصيرة المدى.',
      'وانسحبت واشنطن من معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى.',
    ]) {
      expect(agreementIds(run(text)), text).toContain('inf-treaty');
    }
    expect(mentions('وانسحبت واشنطن من معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى في 2019.', 'inf-treaty')).toEqual([
      'معاهدة إزالة الصواريخ المتوسطة والقصيرة المدى',
    ]);
  });

  it('does not take a description for an agreement whose place it does not name', () => {
    expect(agreementIds(run('ورحب الوزير باتفاق التهدئة الشاملة في غزة أمس.'))).toEqual(['gaza-truce']);
    // Three of the name's four content words, but not its place: another truce.
    expect(agreementIds(run('ورحب الوزير باتفاق التهدئة الشاملة الجديد أمس.'))).toEqual([]);
    expect(agreementIds(run('وانهار اتفاق التهدئة الشاملة السوداني.'))).toEqual([]);
  });

  it('recognises a description of the Iran deal that adds words to its name', () => {
    expect(agreementIds(run('والوضع حول خطة العمل الشاملة لتسوية البرنامج النووي الإيراني.'))).toEqual(['jcpoa']);
  });

  it('takes a one-word name for an agreement only after a treaty or process noun, or in quotes', () => {
    expect(agreementIds(run('وعقدت في أستانا جولة جديدة من المحادثات.'))).toEqual([]);
    expect(agreementIds(run('وأكد التزام بلاده بمحادثات أستانا.'))).toEqual(['astana-process']);
    expect(agreementIds(run('وأشاد بمسار أستانا.'))).toEqual(['astana-process']);
  });

  it('names an agreement no file lists after a place or in quotes', () => {
    const r = run('وأكد التزام موسكو باتفاقات مينسك، ودعا إلى احترام اتفاق الطائف واتفاقية «أوكوس».');
    expect(r.agreements.map((a) => [a.id, a.name, a.nameEn])).toEqual([
      ['ar:اتفاق مينسك', 'اتفاقات مينسك', ''],
      ['ar:اتفاق الطائف', 'اتفاق الطائف', ''],
      ['ar:اتفاق اوكوس', 'اتفاقية «أوكوس»', ''],
    ]);
    expect(agreementIds(run('ووقع الطرفان اتفاق روسيا وتركيا حول إدلب.'))).toEqual([]);
  });

  it('does not take generic phrases for agreements', () => {
    for (const text of [
      'وكان الوزيران قد بحثا الأسبوع الماضي اتفاقا بين بلديهما بشأن "مكافحة الإرهاب".',
      'إن الجانبين خططا لتوقيع بيان مشترك في ختام اللقاء.',
      'ولم يكف النظام عن الخروقات للاتفاقات الدولية في هذه المناطق.',
      'وأشاد بخطة العمل الشاملة لمكافحة الفقر في المنطقة.',
      'ما يعطينا أملا في إمكانية التوصل إلى بعض الاتفاقات.',
      'ووقع البلدان مذكرة تفاهم بين الوزارتين.',
    ]) {
      expect(agreementIds(run(text)), text).toEqual([]);
    }
  });
});
