// warta web UI: a small hash-routed single page over the JSON API.
// All data goes into the page as text nodes (textContent / createTextNode); no HTML is ever
// parsed from data, so article text full of <script> stays inert.
'use strict';
(function () {
  const view = document.getElementById('view');

  const CAMEO_ROOTS = {
    '01': 'Make public statement', '02': 'Appeal', '03': 'Express intent to cooperate',
    '04': 'Consult', '05': 'Diplomatic cooperation', '06': 'Material cooperation',
    '07': 'Provide aid', '08': 'Yield', '09': 'Investigate', '10': 'Demand',
    '11': 'Disapprove', '12': 'Reject', '13': 'Threaten', '14': 'Protest',
    '15': 'Exhibit force posture', '16': 'Reduce relations', '17': 'Coerce', '18': 'Assault',
    '19': 'Fight', '20': 'Unconventional mass violence',
  };
  const MODALITY_TEXT = {
    asserted: 'reported as fact',
    alleged: 'ALLEGED: a claim, not established',
    denied: 'DENIED: someone denies it happened',
    future: 'FUTURE: planned, promised or threatened; has not happened',
    hypothetical: 'HYPOTHETICAL: conditional, may never happen',
    negated: 'NEGATED: reported as NOT having happened',
  };
  const MODALITIES = ['asserted', 'alleged', 'denied', 'future', 'hypothetical', 'negated'];

  // ---- DOM helpers -------------------------------------------------------------------------
  function el(tag, props, ...kids) {
    const e = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === undefined || v === null || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = String(v);
        else if (k === 'href') e.setAttribute('href', safeHref(v));
        else if (k === 'on') for (const [ev, fn] of Object.entries(v)) e.addEventListener(ev, fn);
        else if (k === 'value') e.value = v;
        else if (/^[a-z][a-z0-9-]*$/.test(k) && !k.startsWith('on')) e.setAttribute(k, String(v));
      }
    }
    for (const kid of kids.flat(Infinity)) {
      if (kid === undefined || kid === null || kid === false) continue;
      e.appendChild(kid instanceof Node ? kid : document.createTextNode(String(kid)));
    }
    return e;
  }
  // Only in-app links and http(s) URLs; anything else (javascript:, data:) becomes '#'.
  function safeHref(v) {
    const s = String(v);
    if (s.startsWith('#') || /^https?:\/\//i.test(s)) return s;
    return '#';
  }
  function show(...kids) {
    view.replaceChildren(...kids.flat(Infinity).filter(Boolean));
    window.scrollTo(0, 0);
  }
  function errorBox(msg) {
    return el('p', { class: 'error', role: 'alert', text: msg });
  }
  function badge(mod) {
    const m = MODALITIES.includes(mod) ? mod : 'asserted';
    return el('span', { class: 'badge ' + m, title: MODALITY_TEXT[m], text: m === 'asserted' ? 'reported' : m });
  }
  function cameoName(code) {
    return CAMEO_ROOTS[String(code || '').slice(0, 2)] || 'Event';
  }

  async function api(path, init) {
    let res;
    try {
      res = await fetch(path, init);
    } catch (e) {
      throw new Error('the server did not answer (' + e.message + ')');
    }
    let body = null;
    try { body = await res.json(); } catch (_) { body = null; }
    if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
    return body;
  }

  function qs(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && String(v).trim() !== '') u.set(k, String(v).trim());
    return u.toString();
  }

  // Same rule as the store: country+org+sector codes in upper case, else the lower-cased text.
  function partyKey(p) {
    const code = [p.country, p.org, p.sector].filter(Boolean).map(s => s.trim().toUpperCase()).join('');
    return code || String(p.text || '').split(/\s+/).filter(Boolean).join(' ').toLowerCase();
  }
  // Key of an actor in the store's actor table: its Wikidata id, else its lower-cased name.
  function actorKey(x) {
    return x.wikidata || String(x.name || '').split(/\s+/).filter(Boolean).join(' ').toLowerCase();
  }
  function actorLink(key, label) {
    if (!key) return el('span', { class: 'muted', text: label || '—' });
    return el('a', { href: '#/actor/' + encodeURIComponent(key), text: label || key });
  }

  // ---- filter form --------------------------------------------------------------------------
  function filterForm(fields, values, onSubmit, id) {
    const inputs = {};
    const f = el('form', { class: 'filters', id: id || 'filters', role: 'search' });
    const add = (name, label, node) => {
      inputs[name] = node;
      f.appendChild(el('label', null, label, node));
    };
    if (fields.includes('q')) add('q', 'Words', el('input', { id: 'q', name: 'q', class: 'wide', type: 'search', placeholder: 'e.g. kunjungan, "kerja sama"', value: values.q || '' }));
    if (fields.includes('actor')) add('actor', 'Actor', el('input', { name: 'actor', placeholder: 'IDN, RUSGOV, Prabowo', value: values.actor || '' }));
    if (fields.includes('cameo')) {
      const s = el('select', { name: 'cameo' }, el('option', { value: '', text: 'any event' }),
        Object.entries(CAMEO_ROOTS).map(([c, n]) => el('option', { value: c, text: c + ' ' + n })));
      s.value = values.cameo || '';
      add('cameo', 'CAMEO', s);
    }
    if (fields.includes('modality')) {
      const s = el('select', { name: 'modality' }, el('option', { value: '', text: 'any' }),
        MODALITIES.map(m => el('option', { value: m, text: m })));
      s.value = values.modality || '';
      add('modality', 'Modality', s);
    }
    if (fields.includes('source')) add('source', 'Publisher', el('input', { name: 'source', value: values.source || '' }));
    if (fields.includes('since')) add('since', 'Since', el('input', { name: 'since', type: 'date', value: values.since || '' }));
    if (fields.includes('until')) add('until', 'Until', el('input', { name: 'until', type: 'date', value: values.until || '' }));
    f.appendChild(el('button', { type: 'submit', id: (id || 'filters') + '-go', text: 'Apply' }));
    f.addEventListener('submit', ev => {
      ev.preventDefault();
      const out = {};
      for (const [k, n] of Object.entries(inputs)) out[k] = n.value;
      onSubmit(out);
    });
    return f;
  }

  // ---- search -------------------------------------------------------------------------------
  async function searchView(params) {
    const form = filterForm(['q', 'actor', 'cameo', 'modality', 'source', 'since', 'until'], params,
      v => { location.hash = '#/search?' + qs(v); }, 'search-form');
    const results = el('div', { id: 'results' }, el('p', { class: 'muted', text: 'Searching…' }));
    show(el('h1', { text: 'Search articles' }), form, results);
    try {
      const r = await api('/api/search?' + qs({ ...params, limit: 50 }));
      const list = el('ul', { class: 'hits' });
      for (const h of r.hits) list.appendChild(hitCard(h));
      results.replaceChildren(
        el('p', { class: 'muted', text: r.count === 1 ? '1 article' : r.count + ' articles' }),
        r.count ? list : el('p', { text: 'Nothing found. Words are matched by lemma; try fewer words or filters.' }));
    } catch (e) {
      results.replaceChildren(errorBox(e.message));
    }
  }

  function snippetNode(sn) {
    const chars = Array.from(sn.text || '');
    const p = el('p', { class: 'snippet' });
    let at = 0;
    for (const [s, e] of sn.marks || []) {
      if (s < at || e > chars.length) continue;
      p.appendChild(document.createTextNode(chars.slice(at, s).join('')));
      p.appendChild(el('mark', { text: chars.slice(s, e).join('') }));
      at = e;
    }
    p.appendChild(document.createTextNode(chars.slice(at).join('')));
    return p;
  }

  function hitCard(h) {
    const chips = el('div', { class: 'chips' });
    for (const ev of (h.events || []).slice(0, 8)) {
      chips.appendChild(el('a', { class: 'chip', href: `#/article/${h.id}?` + qs({ sent: ev.sentence, trig: ev.trigger }), title: ev.evidence },
        badge(ev.modality), ' ', ev.cameo + ' ' + cameoName(ev.cameo) + ': ', ev.actor || '?', ev.recipient ? ' → ' + ev.recipient : ''));
    }
    return el('li', { class: 'hit' },
      el('h3', null, el('a', { href: '#/article/' + h.id, class: 'hit-link', text: h.title || '(untitled)' })),
      el('div', { class: 'meta', text: [h.source, h.published, h.copies ? `${h.copies} near-copies` : null].filter(Boolean).join(' · ') }),
      snippetNode(h.snippet || {}),
      chips);
  }

  // ---- article -------------------------------------------------------------------------------
  async function articleView(id, params) {
    show(el('p', { class: 'muted', text: 'Loading article…' }));
    try {
      const r = await api('/api/articles/' + encodeURIComponent(id));
      const a = r.analysis;
      const head = el('div', null,
        el('h1', { text: a.article.title || '(untitled)' }),
        el('div', { class: 'meta', text: [a.article.source, a.article.published, a.article.dateline, r.dup_of ? `near-copy of #${r.dup_of}` : null].filter(Boolean).join(' · ') }),
        a.article.url ? el('div', { class: 'meta' }, el('a', { href: a.article.url, rel: 'noopener noreferrer', text: a.article.url })) : null);
      const note = r.same_engine ? null : el('p', { class: 'note', id: 'engine-note',
        text: `Stored by “${r.stored_engine}”; shown as analysed now by “${r.engine}”. Stored events (search, timeline, network) may differ until \`warta reanalyze\` is run.` });
      // A link from a stored event names its sentence and trigger (stored ids are store-wide).
      let sel = params.ev;
      if (!sel && params.sent !== undefined) {
        const inSent = (a.events || []).filter(e => String(e.sentence) === params.sent);
        const hit = inSent.find(e => e.trigger && e.trigger.text === params.trig) || inSent[0];
        if (hit) sel = hit.id;
      }
      show(head, note, analysisNode(a, sel));
    } catch (e) {
      show(el('h1', { text: 'Article ' + id }), errorBox(e.message));
    }
  }

  // Renders text with marks and the events table; `selectId` picks an event on load.
  function analysisNode(a, selectId) {
    const chars = Array.from(a.text || '');
    const n = chars.length;
    // Marks as [start, end, class, data].
    const marks = [];
    for (const e of a.entities || []) {
      const known = ['PER', 'ORG', 'LOC', 'GPE'].includes(e.type) ? e.type : 'other';
      marks.push({ s: e.start, e: e.end, cls: 'ent ent-' + known, title: e.type + (e.actor ? ' · actor ' + e.actor : '') });
    }
    for (const q of a.quotes || []) marks.push({ s: q.start, e: q.end, cls: 'quote', title: 'quote' + (q.speaker ? ' by ' + q.speaker.text : '') });
    for (const ev of a.events || []) {
      if (!ev.trigger) continue;
      marks.push({ s: ev.trigger.start, e: ev.trigger.end, cls: 'trig m-' + ev.modality, title: ev.cameo + ' ' + cameoName(ev.cameo) + ' (' + ev.modality + ')', ev: ev.id });
    }
    const valid = marks.filter(m => Number.isInteger(m.s) && Number.isInteger(m.e) && m.s >= 0 && m.e <= n && m.s < m.e);
    const sentences = (a.sentences || []).map((s, i) => ({ s: s.start, e: s.end, i }));
    // Cut points.
    const cuts = new Set([0, n]);
    for (const m of valid) { cuts.add(m.s); cuts.add(m.e); }
    for (const s of sentences) { cuts.add(Math.max(0, Math.min(n, s.s))); cuts.add(Math.max(0, Math.min(n, s.e))); }
    const points = [...cuts].sort((x, y) => x - y);
    const textBox = el('div', { class: 'article-text', id: 'article-text' });
    const sentNodes = new Map();
    const trigNodes = new Map();
    let si = 0;
    for (let k = 0; k + 1 < points.length; k++) {
      const s = points[k], e = points[k + 1];
      const piece = chars.slice(s, e).join('');
      while (si < sentences.length && sentences[si].e <= s) si++;
      const sent = si < sentences.length && sentences[si].s <= s && e <= sentences[si].e ? sentences[si] : null;
      const cover = valid.filter(m => m.s <= s && e <= m.e);
      let node;
      if (cover.length) {
        node = el('span', { class: cover.map(m => m.cls).join(' '), title: cover.map(m => m.title).join(' | ') }, piece);
        for (const m of cover) if (m.ev) {
          node.setAttribute('data-ev', m.ev);
          if (!trigNodes.has(m.ev)) trigNodes.set(m.ev, []);
          trigNodes.get(m.ev).push(node);
        }
      } else {
        node = document.createTextNode(piece);
      }
      if (sent) {
        let sn = sentNodes.get(sent.i);
        if (!sn) {
          sn = el('span', { class: 'sent', id: 's-' + sent.i, 'data-sentence': sent.i });
          sentNodes.set(sent.i, sn);
          textBox.appendChild(sn);
        }
        sn.appendChild(node);
      } else {
        textBox.appendChild(node);
      }
    }
    const legend = el('div', { class: 'legend' },
      el('span', { class: 'ent ent-PER', text: 'person' }), el('span', { class: 'ent ent-ORG', text: 'organisation' }),
      el('span', { class: 'ent ent-LOC', text: 'place' }), el('span', { class: 'quote', text: 'quote' }),
      el('span', { class: 'trig', text: 'event trigger' }), el('span', { class: 'trig m-alleged', text: 'claimed / future / denied event' }));

    // Events table.
    const actorsById = new Map((a.actors || []).map(x => [x.id, x]));
    const partyNode = ps => {
      if (!ps || !ps.length) return el('span', { class: 'muted', text: '—' });
      return el('span', null, ps.map((p, i) => [i ? ' / ' : null,
        actorLink(p.actor && actorsById.get(p.actor) ? actorKey(actorsById.get(p.actor)) : partyKey(p),
          (p.actor && actorsById.get(p.actor) ? actorsById.get(p.actor).name : p.text) + codeSuffix(p))]));
    };
    const rows = new Map();
    const tbody = el('tbody');
    let selected = null;
    function select(id, scroll) {
      const row = rows.get(id);
      if (!row) return;
      if (selected) {
        rows.get(selected.id)?.classList.remove('sel');
        textBox.querySelectorAll('.sent.hl').forEach(x => x.classList.remove('hl'));
        textBox.querySelectorAll('.trig.sel').forEach(x => x.classList.remove('sel'));
      }
      const ev = row.ev;
      selected = ev;
      row.classList.add('sel');
      const sn = sentNodes.get(ev.sentence);
      if (sn) {
        sn.classList.add('hl');
        if (scroll) sn.scrollIntoView({ block: 'center', behavior: 'smooth' });
      }
      for (const t of trigNodes.get(ev.id) || []) t.classList.add('sel');
    }
    const evById = new Map((a.events || []).map(e => [e.id, e]));
    for (const ev of a.events || []) {
      const claim = ev.modality && ev.modality !== 'asserted';
      const links = (ev.links || []).filter(l => evById.has(l.event)).map(l =>
        el('a', { href: '#', 'data-link': l.event, text: l.rel.replace(/_/g, ' ') + ' ' + l.event, on: { click: x => { x.preventDefault(); x.stopPropagation(); select(l.event, true); } } }));
      const tr = el('tr', { class: 'ev-row' + (claim ? ' claim' : ''), 'data-ev': ev.id, 'data-modality': ev.modality, 'data-sentence': ev.sentence, tabindex: 0, title: MODALITY_TEXT[ev.modality] || '' },
        el('td', { class: 'nowrap' }, el('code', { text: ev.id })),
        el('td', { class: 'what' }, el('strong', { text: ev.cameo }), ' ', cameoName(ev.cameo),
          ev.plover ? el('div', { class: 'meta', text: ev.plover.event + (ev.plover.mode ? ' / ' + ev.plover.mode : '') }) : null,
          el('div', { class: 'meta', text: '“' + (ev.trigger ? ev.trigger.text : '') + '”' })),
        el('td', null, partyNode(ev.actor)),
        el('td', null, partyNode(ev.recipient)),
        el('td', null, badge(ev.modality),
          (ev.links || []).some(l => l.rel === 'denied_by') ? [' ', el('span', { class: 'badge denied', title: 'another event in this article denies it', text: 'disputed' })] : null,
          links.length ? el('div', { class: 'links' }, links) : null),
        el('td', { text: ev.date ? ev.date.value : '' }));
      tr.ev = ev;
      tr.addEventListener('click', () => select(ev.id, true));
      tr.addEventListener('keydown', k => { if (k.key === 'Enter' || k.key === ' ') { k.preventDefault(); select(ev.id, true); } });
      rows.set(ev.id, tr);
      tbody.appendChild(tr);
    }
    // Clicking a trigger in the text selects its row.
    textBox.addEventListener('click', x => {
      const t = x.target.closest && x.target.closest('[data-ev]');
      if (t) { select(t.getAttribute('data-ev'), false); rows.get(t.getAttribute('data-ev'))?.scrollIntoView({ block: 'nearest' }); }
    });
    const table = (a.events || []).length
      ? el('table', { id: 'events' }, el('thead', null, el('tr', null, ['id', 'event', 'actor', 'recipient', 'modality', 'date'].map(h => el('th', { text: h })))), tbody)
      : el('p', { class: 'muted', text: 'No coded events.' });

    const quotes = el('ul', { class: 'quotes' }, (a.quotes || []).map(q =>
      el('li', null, el('div', { text: '“' + q.text + '”' }),
        el('div', { class: 'who', text: (q.speaker ? q.speaker.text : 'unknown speaker') + (q.cue ? ' · ' + q.cue.text : '') }))));
    const actors = el('ul', null, (a.actors || []).map(x =>
      el('li', null, actorLink(actorKey(x), x.name),
        el('span', { class: 'meta', text: ' ' + [x.role, [x.country, x.org, x.sector].filter(Boolean).join('')].filter(Boolean).join(' · ') }))));

    const out = el('div', { class: 'layout' },
      el('section', { class: 'panel' }, legend, textBox),
      el('aside', { class: 'side' },
        el('section', { class: 'panel' }, el('h2', { text: 'Events' }),
          el('p', { class: 'meta', text: 'Click a row to see its evidence sentence. Dashed / striped rows are claims, plans or denials, not established facts.' }), table),
        el('section', { class: 'panel' }, el('h2', { text: 'Quotes' }), (a.quotes || []).length ? quotes : el('p', { class: 'muted', text: 'None.' })),
        el('section', { class: 'panel' }, el('h2', { text: 'Actors' }), actors)));
    if (selectId) setTimeout(() => select(selectId, true), 50);
    return out;
  }
  function codeSuffix(p) {
    const c = [p.country, p.org, p.sector].filter(Boolean).join('');
    return c ? ' (' + c + ')' : '';
  }

  // ---- actors ---------------------------------------------------------------------------------
  async function actorsView(params) {
    const form = filterForm(['actor', 'source', 'since', 'until'], params, v => { location.hash = '#/actors?' + qs(v); }, 'actors-form');
    const box = el('div');
    show(el('h1', { text: 'Actors' }), form, box);
    try {
      const r = await api('/api/actors?' + qs({ ...params, limit: 100 }));
      box.replaceChildren(el('table', { id: 'actors' },
        el('thead', null, el('tr', null, ['actor', 'codes', 'mentions', 'articles', 'as actor', 'as recipient'].map(h => el('th', { text: h })))),
        el('tbody', null, r.actors.map(x => el('tr', null,
          el('td', null, actorLink(x.key, x.name)),
          el('td', { text: [x.country, x.org, x.sector].filter(Boolean).join(' ') }),
          el('td', { text: x.mentions }), el('td', { text: x.articles }),
          el('td', { text: x.as_actor }), el('td', { text: x.as_recipient }))))));
    } catch (e) {
      box.replaceChildren(errorBox(e.message));
    }
  }

  function mentionTable(rows, roleLabel, roleOf) {
    if (!rows.length) return el('p', { class: 'muted', text: 'None.' });
    return el('table', null,
      el('thead', null, el('tr', null, ['date', 'event', roleLabel, 'modality', 'evidence'].map(h => el('th', { text: h })))),
      el('tbody', null, rows.map(m => el('tr', { class: m.modality !== 'asserted' ? 'claim' : null },
        el('td', { class: 'nowrap', text: m.date }),
        el('td', null, el('strong', { text: m.cameo }), ' ', cameoName(m.cameo)),
        el('td', null, actorLink(roleOf(m)[0], roleOf(m)[1])),
        el('td', null, badge(m.modality)),
        el('td', null, el('a', { href: `#/article/${m.article}?ev=${encodeURIComponent(m.local_id)}`, text: m.evidence }))))));
  }

  async function actorView(key) {
    show(el('p', { class: 'muted', text: 'Loading actor…' }));
    try {
      const r = await api('/api/actors/' + encodeURIComponent(key));
      const info = r.actor || { name: key };
      const chart = el('div', { class: 'chart', id: 'actor-timeline' });
      if (r.timeline.length) chart.appendChild(window.WartaCharts.timeline(r.timeline, { height: 200 }));
      else chart.appendChild(el('p', { class: 'muted', text: 'No dated events.' }));
      show(
        el('h1', { text: info.name }),
        el('dl', { class: 'kv' },
          el('dt', { text: 'key' }), el('dd', { text: r.key }),
          el('dt', { text: 'codes' }), el('dd', { text: [info.country, info.org, info.sector].filter(Boolean).join(' ') || '—' }),
          el('dt', { text: 'mentions' }), el('dd', { text: info.mentions ?? '—' }),
          el('dt', { text: 'articles' }), el('dd', { text: info.articles ?? '—' }),
          el('dt', { text: 'events' }), el('dd', { text: `${r.given.length} as actor, ${r.received.length} as recipient` })),
        el('h2', { text: 'Timeline' }), quadKey(), chart,
        el('div', { class: 'grid2' },
          el('section', { class: 'panel', id: 'actor-given' }, el('h2', { text: 'Events given' }), mentionTable(r.given, 'to', m => [m.recipient_key, m.recipient])),
          el('section', { class: 'panel', id: 'actor-received' }, el('h2', { text: 'Events received' }), mentionTable(r.received, 'from', m => [m.actor_key, m.actor]))),
        el('section', { class: 'panel' }, el('h2', { text: 'Quotes' }),
          r.quotes.length ? el('ul', { class: 'quotes' }, r.quotes.map(q => el('li', null,
            el('div', { text: '“' + q.text + '”' }),
            el('div', { class: 'who' }, q.speaker + (q.cue ? ' · ' + q.cue : '') + ' · ', el('a', { href: '#/article/' + q.article, text: q.title || 'article ' + q.article })))))
            : el('p', { class: 'muted', text: 'No attributed quotes in the latest articles.' })));
    } catch (e) {
      show(el('h1', { text: key }), errorBox(e.message));
    }
  }

  // ---- events ----------------------------------------------------------------------------------------
  async function eventsView(params) {
    const agg = params.aggregate === 'true';
    const form = filterForm(['actor', 'cameo', 'modality', 'source', 'since', 'until'], params,
      v => { location.hash = '#/events?' + qs({ ...v, aggregate: agg ? 'true' : '' }); }, 'events-form');
    const toggle = el('a', { href: '#/events?' + qs({ ...params, aggregate: agg ? '' : 'true' }), id: 'events-toggle',
      text: agg ? 'Show every mention' : 'Group mentions across articles' });
    const box = el('div', { id: 'events-list' }, el('p', { class: 'muted', text: 'Loading…' }));
    show(el('h1', { text: agg ? 'Events across articles' : 'Event mentions' }), form, el('p', null, toggle), box);
    try {
      const r = await api('/api/events?' + qs({ ...params, limit: 300 }));
      if (!r.count) { box.replaceChildren(el('p', { class: 'muted', text: 'No events for these filters.' })); return; }
      if (agg) {
        box.replaceChildren(el('table', null,
          el('thead', null, el('tr', null, ['date', 'event', 'actor', 'recipient', 'mentions', 'sources', 'articles', 'evidence'].map(h => el('th', { text: h })))),
          el('tbody', null, r.groups.map(g => el('tr', null,
            el('td', { class: 'nowrap', text: g.date }),
            el('td', null, el('strong', { text: g.cameo }), ' ', cameoName(g.cameo)),
            el('td', null, actorLink(g.actor_key, g.actor)),
            el('td', null, actorLink(g.recipient_key, g.recipient)),
            el('td', { text: g.num_mentions }), el('td', { text: g.num_sources }), el('td', { text: g.num_articles }),
            el('td', { text: g.evidence }))))));
      } else {
        box.replaceChildren(el('p', { class: 'muted', text: r.count + ' mentions' }),
          mentionTable(r.events, 'actor → recipient', m => [m.actor_key, (m.actor || '?') + (m.recipient ? ' → ' + m.recipient : '')]));
      }
    } catch (e) {
      box.replaceChildren(errorBox(e.message));
    }
  }

  // ---- timeline & network -----------------------------------------------------------------------
  function quadKey() {
    return el('div', { class: 'legend' }, window.WartaCharts.QUAD_NAMES.map((n, i) => el('span', { class: 'key' }, el('i', { class: 'q' + (i + 1) }), n)));
  }

  async function timelineView(params) {
    const form = filterForm(['actor', 'cameo', 'modality', 'source', 'since', 'until'], params, v => { location.hash = '#/timeline?' + qs(v); }, 'timeline-form');
    const box = el('div', { class: 'chart', id: 'timeline' }, el('p', { class: 'muted', text: 'Loading…' }));
    show(el('h1', { text: 'Events per day' }), form, quadKey(), box);
    try {
      const r = await api('/api/timeline?' + qs(params));
      if (!r.days.length) box.replaceChildren(el('p', { class: 'muted', text: 'No dated events for these filters.' }));
      else box.replaceChildren(window.WartaCharts.timeline(r.days, { width: 1100, height: 300,
        onDay: day => { location.hash = '#/events?' + qs({ ...params, since: day, until: day }); } }));
    } catch (e) {
      box.replaceChildren(errorBox(e.message));
    }
  }

  async function networkView(params) {
    const form = filterForm(['actor', 'cameo', 'since', 'until'], params, v => { location.hash = '#/network?' + qs(v); }, 'network-form');
    const box = el('div', { class: 'net chart', id: 'network' }, el('p', { class: 'muted', text: 'Loading…' }));
    show(el('h1', { text: 'Actor network' }),
      el('p', { class: 'meta', text: 'Arrows go from actor to recipient; width = number of events; green = cooperation, orange = mixed, red = mostly conflict. Drag nodes; double-click (or Enter) opens an actor.' }),
      form, box);
    try {
      const r = await api('/api/network?' + qs(params));
      if (!r.edges.length) box.replaceChildren(el('p', { class: 'muted', text: 'No actor pairs for these filters.' }));
      else box.replaceChildren(window.WartaCharts.network(r, key => { location.hash = '#/actor/' + encodeURIComponent(key); }));
    } catch (e) {
      box.replaceChildren(errorBox(e.message));
    }
  }

  // ---- paste an article ---------------------------------------------------------------------------
  function analyzeView() {
    const ta = el('textarea', { id: 'analyze-text', placeholder: 'Headline\nPublisher\nDate\nJAKARTA - Article text…', spellcheck: 'false' });
    const ct = el('select', { id: 'analyze-type' },
      el('option', { value: 'text/plain', text: 'plain text' }),
      el('option', { value: 'application/json', text: 'JSON record' }),
      el('option', { value: 'text/html', text: 'HTML page' }));
    const token = el('input', { id: 'analyze-token', type: 'password', placeholder: 'token (remote servers only)' });
    const out = el('div', { id: 'analyze-out' });
    const go = el('button', { id: 'analyze-go', type: 'button', text: 'Analyse' });
    go.addEventListener('click', async () => {
      out.replaceChildren(el('p', { class: 'muted', text: 'Analysing…' }));
      const headers = { 'Content-Type': ct.value };
      if (token.value) headers.Authorization = 'Bearer ' + token.value;
      try {
        const a = await api('/api/analyze', { method: 'POST', headers, body: ta.value });
        out.replaceChildren(
          el('h2', { text: a.article.title || '(untitled)' }),
          el('div', { class: 'meta', text: [a.article.source, a.article.published, a.article.dateline, `${a.events.length} events, ${a.quotes.length} quotes, ${a.entities.length} entities`].filter(Boolean).join(' · ') }),
          analysisNode(a));
      } catch (e) {
        out.replaceChildren(errorBox(e.message));
      }
    });
    show(el('h1', { text: 'Paste an article' }),
      el('p', { class: 'meta', text: 'Nothing is stored: the text is analysed and shown here.' }),
      ta, el('div', { class: 'row' }, ct, token, go), out);
  }

  // ---- router ---------------------------------------------------------------------------------------
  function route() {
    const h = location.hash || '#/search';
    const [path, query] = h.slice(1).split('?');
    const params = Object.fromEntries(new URLSearchParams(query || ''));
    const parts = path.split('/').filter(Boolean);
    document.querySelectorAll('.top nav a').forEach(a => a.classList.toggle('on', a.dataset.view === parts[0] || (parts[0] === 'article' && a.dataset.view === 'search') || (parts[0] === 'actor' && a.dataset.view === 'actors') || false));
    switch (parts[0]) {
      case 'article': return articleView(decodeURIComponent(parts[1] || ''), params);
      case 'actor': return actorView(decodeURIComponent(parts.slice(1).join('/')));
      case 'actors': return actorsView(params);
      case 'timeline': return timelineView(params);
      case 'network': return networkView(params);
      case 'events': return eventsView(params);
      case 'analyze': return analyzeView();
      default: return searchView(params);
    }
  }
  window.addEventListener('hashchange', route);
  route();
  api('/api/stats').then(s => {
    document.getElementById('stats').textContent = `${s.articles} articles · ${s.events} events`;
  }).catch(() => {});
})();
