/**
 * cleanText on cluttered renderings written by us (no third-party page is copied): a Markdown blog post with nav
 * links and a footer, a copy-paste with a cookie banner and share bar, a German article, a hard-wrapped PDF dump,
 * leaked HTML, a how-to with a list and a table, and an Arabic article.
 */
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../lib/cleaner';

const BLOG = `[![Example Engineering](https://example.com/logo.png)](https://example.com/)

* [Home](https://example.com/)
* [Blog](https://example.com/blog)
* [About](https://example.com/about)
* [Careers](https://example.com/careers)

# Why our team stopped using feature branches

By Jane Doe · March 3, 2021

*After two years of long-lived branches, we moved to trunk-based development. Here is what changed.*

![Whiteboard with a branching diagram](https://example.com/img/branches.jpg)

For most of 2019, every feature at our company lived on its own branch for weeks. Merging was a ritual: someone would block out an afternoon, resolve conflicts, and hope the tests still passed.

## What went wrong

The longer a branch lived, the more it diverged from \`main\`. Reviews became enormous, and reviewers skimmed rather than read. Bugs slipped through because nobody could hold a 4,000-line diff in their head.

We also noticed that the [continuous integration](https://en.wikipedia.org/wiki/Continuous_integration) server spent most of its time building branches that would __never__ ship.

## What we changed

- Every change lands on trunk within two days.
- Unfinished features hide behind flags.
- Reviews are capped at 400 lines.

The results surprised us. Lead time for changes dropped from eleven days to under two, and the number of **rollbacks** fell by half.

> It felt scary for a month. Then it felt obvious.

That was how one of our senior engineers put it.

---

Tags: engineering, git, workflow

Share: [Twitter](https://twitter.com/share) [Facebook](https://facebook.com/share)

## Related posts

- [How we test feature flags](https://example.com/blog/flags)
- [Our on-call rotation](https://example.com/blog/on-call)

© 2021 Example Engineering. All rights reserved.
[Privacy](https://example.com/privacy) · [Terms](https://example.com/terms)
`;

const COOKIES = `We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.
Accept all
Manage preferences

Skip to main content
Menu
Search

World
Business
Tech
Science

Local council approves new cycling lanes after year-long debate
The plan adds 14 kilometres of protected lanes across the city centre.
Published 12 May 2023, 09:41 BST
By Tom Ellis, Transport correspondent

Share this article
Facebook
Twitter
Email

The city council voted 31 to 12 on Thursday to approve a network of protected cycle lanes, ending a debate that has divided residents since last spring.

Supporters say the lanes will make cycling safer for children and older residents, while opponents argue that removing parking spaces will hurt small shops on the high street.

"We have listened to every side of this," said council leader Maria Okafor. "This is a plan for the next twenty years, not the next election."

Construction is expected to begin in September.

Advertisement

The council will publish a detailed timetable for each street in the summer, and residents will be able to comment on the designs before work starts.

Shop owners on Market Street said they would meet next week to discuss a possible legal challenge.

More on this story
Cyclists welcome safer junctions at the ring road
Parking charges to rise in April

Comments (48)
`;

const GERMAN = `Startseite > Politik > Deutschland

POLITIK

Bundestag beschließt neues Heizungsgesetz

Nach monatelangem Streit hat der Bundestag das Gebäudeenergiegesetz verabschiedet. Die Opposition kündigt Widerstand an.

Von Anna Schmidt
08.09.2023, 14:32 Uhr

Berlin. Der Bundestag hat am Freitag das umstrittene Gebäudeenergiegesetz beschlossen. 399 Abgeordnete stimmten für den Entwurf, 275 dagegen, fünf enthielten sich.

Das Gesetz sieht vor, dass neu eingebaute Heizungen künftig zu mindestens 65 Prozent mit erneuerbaren Energien betrieben werden müssen. Für bestehende Gebäude gelten lange Übergangsfristen.

„Wir haben einen Kompromiss gefunden, der Klimaschutz und soziale Sicherheit verbindet“, sagte die Bundesbauministerin.

Die Union kritisierte das Verfahren scharf.

Anzeige

Die Opposition will nun prüfen, ob sie vor das Bundesverfassungsgericht zieht. Bereits im Juli hatte das Gericht eine Abstimmung kurzfristig gestoppt, weil Abgeordnete zu wenig Zeit zur Beratung gehabt hätten.

Schlagwörter: Heizungsgesetz, Bundestag, Klimaschutz

Mehr zum Thema
Wärmepumpen: Was Eigentümer jetzt wissen müssen
Förderung: So viel Geld gibt der Staat

© 2023 Beispiel Zeitung GmbH
Impressum | Datenschutz | Cookie-Einstellungen
`;

const PDF_DUMP = `THE DAILY EXAMPLE                                          Page 1

Scientists map the deep ocean floor with
autonomous drones

By Priya Raman | 2022-06-14

A fleet of small autonomous submarines has produced the most detailed
map yet of a stretch of the Pacific seafloor, researchers said on
Tuesday, revealing underwater volcanoes and canyons that had never
been charted.

The drones, each about the length of a canoe, spent four months
surveying an area roughly the size of Portugal. They surfaced only
to send data by satellite and to recharge from floating solar
stations.

"We found features that simply were not on any map," said oceanographer
Luis Medina, who led the project. "Some of these canyons are deeper
than the Grand Canyon."

The team plans to release the full data set to other scientists
later this year, along with software that lets any research vessel
plan similar surveys.

                                                                   2
`;

const ARABIC = `الرئيسية	أخبار	اقتصاد	رياضة

# افتتاح أكبر محطة لتحلية المياه في المنطقة

أعلنت وزارة المياه اليوم عن افتتاح محطة جديدة لتحلية مياه البحر في المدينة، وهي الأكبر من نوعها في المنطقة.

وقال الوزير في مؤتمر صحفي إن المحطة ستوفر المياه لأكثر من مليون شخص، وإنها تعمل بالطاقة الشمسية بالكامل.

ومن المتوقع أن تبدأ المحطة العمل بكامل طاقتها في بداية العام المقبل، بعد انتهاء مرحلة الاختبارات.

© 2024 جميع الحقوق محفوظة
`;

const LEAKY = `Menu | Search | Log in

## A <i>Very</i> Small Guide to Escaping

<b>Escaping</b> matters: a page that says AT&amp;T and x < y must still be text, and a leaked <script>tag</script> must never become markup.

The cleaner strips __underline__ and **bold** markers, keeps snake_case_names and 2 * 3 = 6 intact, and builds its HTML from text only.

Posted 03/04/2022
`;

const HOW_TO = `Kitchen Notes
=============

Posted on 13/04/2022

Sourdough needs patience more than skill. The starter does most of the work if you give it flour, water and time.

1. Feed the starter the night before.
2. Mix flour, water and salt in the morning.
3. Fold the dough every half hour for two hours.

| Flour | Water | Salt |
|-------|-------|------|
| 500 g | 350 g | 10 g |

Bake it hot, at 250 degrees, for the first twenty minutes, then lower the oven to 220 degrees for the rest of the bake.
`;

function expectConsistent(article: NonNullable<ReturnType<typeof cleanText>>): void {
  expect(article.paragraphs.length).toBeGreaterThan(0);
  for (const p of article.paragraphs) expect(p).toBe(p.replace(/\s+/g, ' ').trim());
  expect(article.text).toBe(article.paragraphs.join('\n\n'));
  expect(article.wordCount).toBeGreaterThan(0);
  expect(article.contentHtml).not.toMatch(/<(?!\/?(?:p|h2|h3|ul|ol|li|blockquote|pre|table|tr|td)>)/);
  expect(['ltr', 'rtl']).toContain(article.dir);
}

describe('cleanText on renderings of our own', () => {
  it('cleans a Markdown blog post with nav links, share links and a footer', () => {
    const a = cleanText(BLOG)!;
    expectConsistent(a);
    expect(a.title).toBe('Why our team stopped using feature branches');
    expect(a.byline).toBe('Jane Doe');
    expect(a.published).toBe('2021-03-03');
    expect(a.excerpt).toBe('After two years of long-lived branches, we moved to trunk-based development. Here is what changed.');
    expect(a.tags).toEqual(['engineering', 'git', 'workflow']);
    expect(a.leadImage).toBe('https://example.com/img/branches.jpg');
    expect(a.paragraphs[0]).toMatch(/^For most of 2019, every feature/);
    expect(a.paragraphs).toContain('What went wrong');
    expect(a.paragraphs).toContain('Unfinished features hide behind flags.');
    expect(a.paragraphs).toContain('It felt scary for a month. Then it felt obvious.');
    expect(a.paragraphs.at(-1)).toBe('That was how one of our senior engineers put it.');
    expect(a.paragraphs).toHaveLength(11);
    expect(a.text).toContain('would never ship');
    expect(a.text).not.toMatch(/Home|Careers|Related|Privacy|Twitter|\*\*|__|\]\(/);
    expect(a.contentHtml).toContain('<h2>What went wrong</h2>');
    expect(a.contentHtml).toContain('<ul><li>Every change lands on trunk within two days.</li>');
    expect(a.contentHtml).toContain('<blockquote><p>It felt scary');
  });

  it('drops a cookie banner, menus, share bar, ads and related links from a text dump', () => {
    const a = cleanText(COOKIES)!;
    expectConsistent(a);
    expect(a.title).toBe('Local council approves new cycling lanes after year-long debate');
    expect(a.excerpt).toBe('The plan adds 14 kilometres of protected lanes across the city centre.');
    expect(a.byline).toBe('Tom Ellis, Transport correspondent');
    expect(a.published).toBe('2023-05-12T09:41:00');
    expect(a.paragraphs).toHaveLength(6);
    expect(a.paragraphs[0]).toMatch(/^The city council voted 31 to 12/);
    expect(a.paragraphs).toContain('Construction is expected to begin in September.');
    expect(a.paragraphs.at(-1)).toMatch(/^Shop owners on Market Street/);
    expect(a.text).not.toMatch(/cookies|Advertisement|Facebook|Parking charges|Comments/);
  });

  it('cleans a German article: byline, Uhr time, section, Schlagwörter', () => {
    const a = cleanText(GERMAN)!;
    expectConsistent(a);
    expect(a.title).toBe('Bundestag beschließt neues Heizungsgesetz');
    expect(a.excerpt).toMatch(/^Nach monatelangem Streit/);
    expect(a.byline).toBe('Anna Schmidt');
    expect(a.published).toBe('2023-09-08T14:32:00');
    expect(a.section).toBe('Politik');
    expect(a.tags).toEqual(['Heizungsgesetz', 'Bundestag', 'Klimaschutz']);
    expect(a.lang).toBe('de');
    expect(a.paragraphs).toHaveLength(5);
    expect(a.paragraphs).toContain('Die Union kritisierte das Verfahren scharf.');
    expect(a.text).not.toMatch(/Anzeige|Startseite|Wärmepumpen|Impressum/);
  });

  it('re-joins the hard-wrapped lines of a PDF dump, headline included', () => {
    const a = cleanText(PDF_DUMP)!;
    expectConsistent(a);
    expect(a.title).toBe('Scientists map the deep ocean floor with autonomous drones');
    expect(a.byline).toBe('Priya Raman');
    expect(a.published).toBe('2022-06-14');
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs[0]).toBe(
      'A fleet of small autonomous submarines has produced the most detailed map yet of a stretch of the Pacific seafloor, researchers said on Tuesday, revealing underwater volcanoes and canyons that had never been charted.',
    );
    expect(a.paragraphs[2]).toBe(
      '"We found features that simply were not on any map," said oceanographer Luis Medina, who led the project. "Some of these canyons are deeper than the Grand Canyon."',
    );
    expect(a.text).not.toMatch(/DAILY EXAMPLE|Page 1/);
  });

  it('strips leaked tags and emphasis, escapes the HTML it builds, and leaves an ambiguous date unset', () => {
    const a = cleanText(LEAKY)!;
    expectConsistent(a);
    expect(a.title).toBe('A Very Small Guide to Escaping');
    expect(a.paragraphs[0]).toBe(
      'Escaping matters: a page that says AT&T and x < y must still be text, and a leaked tag must never become markup.',
    );
    expect(a.paragraphs[1]).toContain('strips underline and bold markers, keeps snake_case_names and 2 * 3 = 6 intact');
    expect(a.contentHtml).toContain('AT&amp;T and x &lt; y');
    expect(a.contentHtml).not.toMatch(/<script|<b>|<i>/);
    expect(a.published).toBeNull();
  });

  it('keeps an ordered list and table rows, reads a setext title and a day-first date', () => {
    const a = cleanText(HOW_TO)!;
    expectConsistent(a);
    expect(a.title).toBe('Kitchen Notes');
    expect(a.published).toBe('2022-04-13');
    expect(a.paragraphs).toEqual([
      'Sourdough needs patience more than skill. The starter does most of the work if you give it flour, water and time.',
      'Feed the starter the night before.',
      'Mix flour, water and salt in the morning.',
      'Fold the dough every half hour for two hours.',
      'Flour | Water | Salt',
      '500 g | 350 g | 10 g',
      'Bake it hot, at 250 degrees, for the first twenty minutes, then lower the oven to 220 degrees for the rest of the bake.',
    ]);
    expect(a.contentHtml).toContain('<ol><li>Feed the starter');
    expect(a.contentHtml).toContain('<tr><td>500 g</td><td>350 g</td><td>10 g</td></tr>');
  });

  it('marks Arabic text right-to-left', () => {
    const a = cleanText(ARABIC)!;
    expectConsistent(a);
    expect(a.dir).toBe('rtl');
    expect(a.lang).toBe('ar');
    expect(a.title).toBe('افتتاح أكبر محطة لتحلية المياه في المنطقة');
    expect(a.paragraphs).toHaveLength(3);
  });
});
