/* Decentralized-AI landscape embed loader. Paste where the explorer should appear:
   <script src="https://HOST/PATH/embed.js" data-view="category=compute&chain=solana" async></script>
   Optional: data-theme="light|dark|auto", data-lang="es|en", data-max-height="900", data-title. */
(function () {
  var s = document.currentScript;
  if (!s || !s.src) return;
  var a = function (n) { return s.getAttribute('data-' + n) || ''; };
  var base = s.src.replace(/embed\.js(?:[?#].*)?$/, '');
  var q = 'embed=1', v = a('view').replace(/^[?&]+/, ''), t = a('theme'), l = a('lang');
  if (v) q += '&' + v;
  if (t === 'light' || t === 'dark') q += '&theme=' + t;
  if (l === 'es' || l === 'en') q += '&lang=' + l;
  var max = parseInt(a('max-height'), 10);
  var f = document.createElement('iframe');
  f.src = base + '?' + q;
  f.title = a('title') || 'Decentralized AI landscape';
  f.setAttribute('loading', 'lazy');
  f.style.cssText = 'display:block;width:100%;border:0;height:480px';
  s.parentNode.insertBefore(f, s);
  var origin = new URL(f.src, location.href).origin;
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (e.source !== f.contentWindow || e.origin !== origin || !d || d.type !== 'landscape:resize') return;
    var h = Math.ceil(+d.height);
    if (!(h > 0 && h < 1e6)) return;
    if (max > 0 && h > max) h = max;
    f.style.height = h + 'px';
  });
})();
