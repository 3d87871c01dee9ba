// Type-ahead for the search box: asks /api/search as you type and lists the entities found.
// Everything from the server is put into the page as text (textContent), never as markup.
(function () {
  'use strict';
  var input = document.getElementById('q');
  var list = document.getElementById('suggestions');
  if (!input || !list) { return; }
  var timer = null;
  var asked = 0;

  function show(hits, ticket) {
    if (ticket !== asked) { return; }
    list.replaceChildren();
    hits.forEach(function (h, i) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = h.href;
      a.className = 'suggestion' + (i === 0 ? ' active' : '');
      var name = document.createElement('span');
      name.className = 'entity t-' + h.type.toLowerCase();
      name.textContent = h.label;
      var about = document.createElement('span');
      about.className = 'type';
      about.textContent = h.type + ' · ' + h.articles + (h.articles === 1 ? ' article' : ' articles');
      a.append(name, about);
      li.append(a);
      list.append(li);
    });
    list.hidden = hits.length === 0;
  }

  function ask() {
    var q = input.value.trim();
    var ticket = ++asked;
    if (q.length < 2) { show([], ticket); return; }
    fetch('/api/search?q=' + encodeURIComponent(q), { headers: { Accept: 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (hits) { show(hits, ticket); })
      .catch(function () { show([], ticket); });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 150);
  });
  input.addEventListener('keydown', function (e) {
    var links = Array.prototype.slice.call(list.querySelectorAll('a'));
    var at = links.findIndex(function (a) { return a.classList.contains('active'); });
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (links.length === 0) { return; }
      if (at >= 0) { links[at].classList.remove('active'); }
      at = e.key === 'ArrowDown' ? (at + 1) % links.length : (at - 1 + links.length) % links.length;
      links[at].classList.add('active');
    } else if (e.key === 'Enter' && !list.hidden && at >= 0) {
      e.preventDefault();
      window.location.href = links[at].href;
    } else if (e.key === 'Escape') {
      list.hidden = true;
    }
  });
})();
