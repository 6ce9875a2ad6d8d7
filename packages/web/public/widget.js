// The Blocksmith app widget, for other sites' pages (docs/publishing.md):
//   <script src="https://blocksmith.example/widget.js" data-app="support-desk" async></script>
// data-app: the app's address (/apps/<slug>); data-key: the key of an app opened by link; data-label: the button's text.
// It adds a button that opens the app's page in a frame; the app must allow the embedding site's origin.
(() => {
  const script = document.currentScript;
  if (!script) return;
  const slug = script.dataset.app;
  if (!slug) {
    console.error('Blocksmith widget: name the app, as data-app="<slug>" on the script tag.');
    return;
  }
  const page = new URL(`/apps/${encodeURIComponent(slug)}`, new URL(script.src).origin);
  page.searchParams.set('embed', '1');
  if (script.dataset.key) page.searchParams.set('key', script.dataset.key);
  const label = script.dataset.label || 'Chat with us';

  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.style.cssText =
    'position:fixed;right:20px;bottom:20px;z-index:2147483000;padding:10px 16px;border:0;border-radius:20px;background:#4f46e5;color:#fff;font:600 14px system-ui,sans-serif;cursor:pointer;box-shadow:0 4px 12px #0003';
  let frame;
  button.addEventListener('click', () => {
    if (!frame) {
      frame = document.createElement('iframe');
      frame.src = page.href;
      frame.title = label;
      frame.style.cssText =
        'position:fixed;right:20px;bottom:70px;z-index:2147483000;width:min(400px,calc(100vw - 40px));height:min(600px,calc(100vh - 100px));border:1px solid #ccc;border-radius:12px;background:#fff;box-shadow:0 8px 24px #0003';
      document.body.append(frame);
    } else {
      frame.hidden = !frame.hidden;
    }
    button.setAttribute('aria-expanded', String(!frame.hidden));
  });
  const mount = () => document.body.append(button);
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
