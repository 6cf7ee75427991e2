// Small SVG charts drawn by hand: a stacked bar timeline and a draggable force-directed network.
// Every label is set with textContent; nothing is parsed as HTML.
'use strict';
(function () {
  const NS = 'http://www.w3.org/2000/svg';
  const QUAD = ['#3b8bd4', '#1f9d6b', '#e0a030', '#c8423b'];
  const QUAD_NAMES = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];

  function svg(tag, attrs) {
    const e = document.createElementNS(NS, tag);
    for (const k in attrs) e.setAttribute(k, String(attrs[k]));
    return e;
  }
  function title(parent, text) {
    const t = svg('title', {});
    t.textContent = text;
    parent.appendChild(t);
  }

  // days: [{day: 'YYYY-MM-DD', quad: [n1, n2, n3, n4], total}]
  function fillDays(days) {
    if (days.length < 2) return days;
    const t0 = Date.parse(days[0].day + 'T00:00:00Z'), t1 = Date.parse(days[days.length - 1].day + 'T00:00:00Z');
    const span = Math.round((t1 - t0) / 86400000);
    if (!(span > 0 && span <= 120)) return days;
    const have = new Map(days.map(d => [d.day, d]));
    const out = [];
    for (let i = 0; i <= span; i++) {
      const day = new Date(t0 + i * 86400000).toISOString().slice(0, 10);
      out.push(have.get(day) || { day, quad: [0, 0, 0, 0], total: 0 });
    }
    return out;
  }

  function timeline(days, opts) {
    opts = opts || {};
    days = fillDays(days);
    const manyYears = days.length > 0 && days[0].day.slice(0, 4) !== days[days.length - 1].day.slice(0, 4);
    const h = opts.height || 260, padL = 36, padB = 46, padT = 12;
    const barW = Math.max(8, Math.min(40, Math.floor(900 / Math.max(1, days.length)) - 4));
    const w = Math.max(opts.width || 600, padL + days.length * (barW + 4) + 20);
    const root = svg('svg', { width: w, height: h, viewBox: `0 0 ${w} ${h}`, role: 'img' });
    title(root, 'Events per day by quad class');
    const max = Math.max(1, ...days.map(d => d.total));
    const ih = h - padB - padT;
    const scale = v => (v / max) * ih;
    // Axis and gridlines.
    const ticks = max <= 5 ? max : 4;
    for (let i = 0; i <= ticks; i++) {
      const v = Math.round((max * i) / ticks);
      const y = h - padB - scale(v);
      root.appendChild(svg('line', { x1: padL, x2: w - 10, y1: y, y2: y, stroke: '#e3e3e3' }));
      const t = svg('text', { x: padL - 6, y: y + 4, 'text-anchor': 'end' });
      t.textContent = String(v);
      root.appendChild(t);
    }
    days.forEach((d, i) => {
      const x = padL + 4 + i * (barW + 4);
      let y = h - padB;
      const g = svg('g', { class: 'bar', 'data-day': d.day });
      if (opts.onDay && d.total) {
        g.style.cursor = 'pointer';
        g.addEventListener('click', () => opts.onDay(d.day));
      }
      d.quad.forEach((n, q) => {
        if (!n) return;
        const bh = scale(n);
        y -= bh;
        const r = svg('rect', { x, y, width: barW, height: bh, fill: QUAD[q], 'data-day': d.day, 'data-quad': q + 1 });
        title(r, `${d.day}: ${n} ${QUAD_NAMES[q]}`);
        g.appendChild(r);
      });
      root.appendChild(g);
      if (days.length <= 40 || i % Math.ceil(days.length / 40) === 0) {
        const t = svg('text', { x: x + barW / 2, y: h - padB + 12, transform: `rotate(45 ${x + barW / 2} ${h - padB + 12})` });
        t.textContent = manyYears ? d.day : d.day.slice(5);
        root.appendChild(t);
      }
    });
    return root;
  }

  // net: {nodes: [{key, name, events}], edges: [{source, target, events, cooperation, conflict}]}
  function network(net, onOpen) {
    const W = 1100, H = 620;
    const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', preserveAspectRatio: 'xMidYMid meet' });
    title(root, 'Actor network: lines go from actor to recipient; width = events; colour = share of conflict');
    const defs = svg('defs', {});
    const marker = svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' });
    marker.appendChild(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: '#888' }));
    defs.appendChild(marker);
    root.appendChild(defs);
    const byKey = new Map();
    const maxN = Math.max(1, ...net.nodes.map(n => n.events));
    net.nodes.forEach((n, i) => {
      const a = (2 * Math.PI * i) / Math.max(1, net.nodes.length);
      byKey.set(n.key, {
        n, x: W / 2 + Math.cos(a) * 220 + (i % 7), y: H / 2 + Math.sin(a) * 200 + (i % 5),
        vx: 0, vy: 0, r: 6 + 16 * Math.sqrt(n.events / maxN), fixed: false,
      });
    });
    const maxE = Math.max(1, ...net.edges.map(e => e.events));
    const edges = net.edges
      .filter(e => byKey.has(e.source) && byKey.has(e.target))
      .map(e => {
        const share = e.events ? e.conflict / e.events : 0;
        const col = share > 0.5 ? '#c8423b' : share > 0 ? '#e0a030' : '#1f9d6b';
        const line = svg('line', { stroke: col, 'stroke-width': 1 + 5 * (e.events / maxE), 'marker-end': 'url(#arrow)' });
        title(line, `${byKey.get(e.source).n.name} → ${byKey.get(e.target).n.name}: ${e.events} events (${e.cooperation} cooperation, ${e.conflict} conflict)`);
        root.appendChild(line);
        return { e, line, a: byKey.get(e.source), b: byKey.get(e.target) };
      });
    const nodes = [...byKey.values()];
    nodes.forEach(p => {
      const g = svg('g', { class: 'node', 'data-key': p.n.key, tabindex: 0 });
      const c = svg('circle', { r: p.r, fill: '#1f5fa8' });
      title(c, `${p.n.name} (${p.n.key}): ${p.n.events} events — double-click to open`);
      const t = svg('text', { x: p.r + 3, y: 4 });
      t.textContent = p.n.name;
      g.appendChild(c);
      g.appendChild(t);
      root.appendChild(g);
      p.g = g;
      g.addEventListener('dblclick', () => onOpen && onOpen(p.n.key));
      g.addEventListener('keydown', ev => { if (ev.key === 'Enter' && onOpen) onOpen(p.n.key); });
      g.addEventListener('pointerdown', ev => {
        ev.preventDefault();
        g.setPointerCapture(ev.pointerId);
        p.fixed = true;
        const move = m => {
          const pt = toSvg(m);
          p.x = pt.x; p.y = pt.y; p.vx = 0; p.vy = 0;
          alpha = Math.max(alpha, 0.3);
          kick();
        };
        const up = () => {
          g.removeEventListener('pointermove', move);
          g.removeEventListener('pointerup', up);
          g.removeEventListener('pointercancel', up);
        };
        g.addEventListener('pointermove', move);
        g.addEventListener('pointerup', up);
        g.addEventListener('pointercancel', up);
      });
    });
    function toSvg(ev) {
      const r = root.getBoundingClientRect();
      return { x: ((ev.clientX - r.left) / r.width) * W, y: ((ev.clientY - r.top) / r.height) * H };
    }
    function draw() {
      edges.forEach(({ line, a, b }) => {
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
        line.setAttribute('x1', a.x + (dx / d) * a.r);
        line.setAttribute('y1', a.y + (dy / d) * a.r);
        line.setAttribute('x2', b.x - (dx / d) * (b.r + 2));
        line.setAttribute('y2', b.y - (dy / d) * (b.r + 2));
      });
      nodes.forEach(p => p.g.setAttribute('transform', `translate(${p.x.toFixed(1)},${p.y.toFixed(1)})`));
    }
    let alpha = 1, running = false;
    function tick() {
      for (let i = 0; i < nodes.length; i++) {
        const a = nodes[i];
        for (let j = i + 1; j < nodes.length; j++) {
          const b = nodes[j];
          let dx = b.x - a.x, dy = b.y - a.y;
          let d2 = dx * dx + dy * dy;
          if (d2 < 1) { dx = 1; dy = 0; d2 = 1; }
          const f = (9000 * alpha) / d2;
          const d = Math.sqrt(d2);
          a.vx -= (dx / d) * f; a.vy -= (dy / d) * f;
          b.vx += (dx / d) * f; b.vy += (dy / d) * f;
        }
      }
      edges.forEach(({ a, b }) => {
        const dx = b.x - a.x, dy = b.y - a.y, d = Math.hypot(dx, dy) || 1;
        const f = (d - 170) * 0.02 * alpha;
        a.vx += (dx / d) * f; a.vy += (dy / d) * f;
        b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
      });
      nodes.forEach(p => {
        p.vx += (W / 2 - p.x) * 0.003 * alpha;
        p.vy += (H / 2 - p.y) * 0.003 * alpha;
        if (!p.fixed) {
          p.x = Math.min(W - 20, Math.max(20, p.x + p.vx));
          p.y = Math.min(H - 20, Math.max(20, p.y + p.vy));
        }
        p.vx *= 0.6; p.vy *= 0.6;
      });
      alpha *= 0.985;
    }
    function loop() {
      tick();
      draw();
      if (alpha > 0.02) requestAnimationFrame(loop); else running = false;
    }
    function kick() {
      if (!running) { running = true; requestAnimationFrame(loop); }
    }
    // Settle a little before the first paint so the layout does not start as a ring.
    for (let i = 0; i < 120; i++) tick();
    draw();
    kick();
    return root;
  }

  window.WartaCharts = { timeline, network, QUAD, QUAD_NAMES };
})();
