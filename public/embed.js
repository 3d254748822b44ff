/* Decentralized-AI landscape embed loader: see README, "Embedding in a blog". It adds no
   nodes (React hydration is unaffected); it sizes the explorer's frames and tells them the
   host's language, theme and the part of the frame in sight. */
(function () {
  var script = document.currentScript;
  var src = script && script.src;
  if (!src) return;
  var origin = new URL(src, location.href).origin;
  var base = src.replace(/embed\.js(?:[?#].*)?$/, '');

  if (script.hasAttribute('data-view') && script.parentNode && script.parentNode !== document.head) {
    legacy(script);
  }

  var key = '__landscapeEmbed:' + origin;
  if (window[key]) return; // one listener per explorer origin
  window[key] = true;

  var known = []; // the explorer frames' windows

  function frameOf(win) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === win) return frames[i];
    }
    return null;
  }

  // Docusaurus' data-theme, a dark class, or color-scheme; null: the system's.
  function hostTheme() {
    var html = document.documentElement, body = document.body;
    var dt = (html.getAttribute('data-theme') || (body && body.getAttribute('data-theme')) || '').toLowerCase();
    if (dt === 'dark' || dt === 'light') return dt;
    var cls = ' ' + html.className + ' ' + (body ? body.className : '') + ' ';
    if (/\s(dark|theme-dark|dark-mode)\s/.test(cls)) return 'dark';
    if (/\s(light|theme-light|light-mode)\s/.test(cls)) return 'light';
    var cs = '';
    try { cs = getComputedStyle(html).colorScheme || ''; } catch (e) { /* old browser */ }
    cs = cs.trim().toLowerCase();
    if (cs === 'dark' || cs === 'only dark') return 'dark';
    if (cs === 'light' || cs === 'only light') return 'light';
    return null;
  }

  function hostLang() {
    var l = (document.documentElement.getAttribute('lang') || '').trim().toLowerCase();
    // The tag as the host states it (zh-CN, pt-BR…): the explorer maps it to one of its
    // locales, English when it has none of that language.
    return l || null;
  }

  function hostState() {
    return { type: 'landscape:host', theme: hostTheme(), lang: hostLang() };
  }

  function tell(win, msg) {
    try { win.postMessage(msg, origin); } catch (e) { /* the frame navigated away */ }
  }

  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !e.source || !d || typeof d !== 'object') return;
    if (d.type !== 'landscape:resize' && d.type !== 'landscape:hello') return;
    var f = frameOf(e.source);
    if (!f) return;
    if (!f.style.border) f.style.border = '0';
    if (!f.style.display) f.style.display = 'block';
    var fresh = known.indexOf(e.source) < 0;
    if (fresh) known.push(e.source);
    if (fresh || d.type === 'landscape:hello') tell(e.source, hostState());
    if (fresh || d.type === 'landscape:hello') tellView(f);
    if (d.type !== 'landscape:resize') return;
    var h = Math.ceil(+d.height);
    if (!(h > 0 && h < 1e6)) return;
    var max = parseInt(f.getAttribute('data-max-height'), 10);
    if (max > 0 && h > max) h = max;
    var px = h + 'px';
    if (f.style.height !== px) f.style.height = px;
    tellView(f);
  });

  function tellView(f) {
    var r = f.getBoundingClientRect(), bar = 0;
    // A fixed or sticky bar over the window's top (a blog's navbar) hides what is under it.
    for (var el = document.elementFromPoint(r.left + r.width / 2, 1); el && el !== f && el !== document.body; el = el.parentElement) {
      if (/fixed|sticky/.test(getComputedStyle(el).position)) { bar = el.getBoundingClientRect().bottom; break; }
    }
    var top = Math.max(0, bar - r.top), bottom = Math.min(r.height, window.innerHeight - r.top);
    tell(f.contentWindow, { type: 'landscape:view', top: Math.round(top), height: Math.round(Math.max(0, bottom - top)) });
  }
  var pending = false;
  function viewChanged() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      for (var i = 0; i < known.length; i++) {
        var f = frameOf(known[i]);
        if (f) tellView(f);
      }
    });
  }
  window.addEventListener('scroll', viewChanged, { passive: true });
  window.addEventListener('resize', viewChanged);

  var last = JSON.stringify(hostState());
  function changed() {
    var now = hostState(), s = JSON.stringify(now);
    if (s === last) return;
    last = s;
    var alive = [];
    for (var i = 0; i < known.length; i++) {
      if (known[i].closed) continue;
      alive.push(known[i]);
      tell(known[i], now);
    }
    known = alive;
  }
  var opts = { attributes: true, attributeFilter: ['class', 'data-theme', 'style', 'lang'] };
  if (typeof MutationObserver === 'function') {
    var mo = new MutationObserver(changed);
    mo.observe(document.documentElement, opts);
    var watchBody = function () { if (document.body) mo.observe(document.body, opts); };
    if (document.body) watchBody(); else document.addEventListener('DOMContentLoaded', watchBody);
  }

  function legacy(s) {
    var a = function (n) { return s.getAttribute('data-' + n) || ''; };
    var q = 'embed=1', v = a('view').replace(/^[?&]+/, ''), t = a('theme'), l = a('lang');
    if (v) q += '&' + v;
    if (t === 'light' || t === 'dark') q += '&theme=' + t;
    if (/^[a-z]{2}$/.test(l)) q += '&lang=' + l;
    var f = document.createElement('iframe');
    f.src = base + '?' + q;
    f.title = a('title') || 'Decentralized AI landscape';
    f.setAttribute('loading', 'lazy');
    f.setAttribute('allow', 'clipboard-write');
    if (a('max-height')) f.setAttribute('data-max-height', a('max-height'));
    f.style.cssText = 'display:block;width:100%;border:0;height:480px';
    s.parentNode.insertBefore(f, s);
  }
})();
