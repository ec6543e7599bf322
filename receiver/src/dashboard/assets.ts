/**
 * The dashboard's own script and styles, served from /assets under a Content-Security-Policy that
 * allows scripts from this origin only (no inline script anywhere). Mermaid itself is served from
 * the receiver's node_modules, never from a CDN.
 */
export const DASHBOARD_JS = `'use strict';
(function () {
  if (window.mermaid && document.querySelector('pre.mermaid')) {
    window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', theme: 'neutral' });
    window.mermaid
      .run({ querySelector: 'pre.mermaid' })
      .then(function () { document.body.dataset.mermaid = 'drawn'; })
      .catch(function (error) { document.body.dataset.mermaid = 'error'; console.error(error); });
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
  var live = document.querySelector('[data-live-status]');
  if (live) {
    var terminal = ['completed', 'failed', 'timed_out'];
    var poll = function () {
      fetch(live.dataset.liveStatus, { credentials: 'same-origin', headers: { accept: 'application/json' } })
        .then(function (response) { return response.json(); })
        .then(function (run) {
          live.querySelector('[data-field=status]').textContent = run.status;
          live.querySelector('[data-field=phase]').textContent = run.progress.phase + ' (' + run.progress.percent + '%)';
          live.querySelector('[data-field=error]').textContent = run.error || '';
          var body = live.querySelector('tbody');
          body.textContent = '';
          run.progress.repos.forEach(function (repo) {
            var row = document.createElement('tr');
            [repo.repo, repo.status, repo.error || '', repo.runUrl || ''].forEach(function (text) {
              var cell = document.createElement('td');
              cell.textContent = text;
              row.appendChild(cell);
            });
            body.appendChild(row);
          });
          if (terminal.indexOf(run.status) < 0) setTimeout(poll, 2000);
        })
        .catch(function () { setTimeout(poll, 5000); });
    };
    poll();
  }
})();
`;

export const DASHBOARD_CSS = `
:root { font-family: system-ui, sans-serif; color: #1f2328; background: #fff; }
body { margin: 0; }
header { display: flex; gap: 1.5rem; align-items: center; padding: .75rem 1.5rem; background: #24292f; color: #fff; }
header a { color: #fff; text-decoration: none; }
header form { margin-left: auto; }
main { max-width: 72rem; margin: 1.5rem auto; padding: 0 1.5rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; vertical-align: top; }
th { background: #f6f8fa; }
.document { border: 1px solid #d0d7de; border-radius: 6px; padding: 1rem 1.5rem; }
.document pre:not(.mermaid) { background: #f6f8fa; padding: .75rem; overflow: auto; }
pre.diff { background: #f6f8fa; padding: .75rem; overflow: auto; }
.add { color: #116329; } .del { color: #82071e; }
.key { font-family: ui-monospace, monospace; background: #fff8c5; padding: .5rem; border: 1px solid #d4a72c; word-break: break-all; }
.error { color: #82071e; }
button { cursor: pointer; }
label { display: inline-block; margin-right: 1rem; }
`;
