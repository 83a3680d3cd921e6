// Keyboard shortcuts for the moderation queues: j/k move between comments, a approves, r rejects (with the reason
// chosen beside the comment), x selects for a bulk action. Each key presses a real button or checkbox of the page's
// form, so what the keys do is exactly what the forms do without JavaScript.
(function () {
  'use strict';
  var root = document.querySelector('[data-moderation]');
  if (!root) return;
  var items = Array.prototype.slice.call(root.querySelectorAll('.mod-item'));
  var current = -1;

  items.forEach(function (item, index) {
    item.addEventListener('focusin', function () { current = index; mark(); });
  });

  function mark() {
    items.forEach(function (item, index) { item.classList.toggle('mod-item--current', index === current); });
  }

  function move(step) {
    if (!items.length) return;
    current = current < 0 ? 0 : Math.max(0, Math.min(items.length - 1, current + step));
    items[current].focus();
    mark();
  }

  function press(selector) {
    if (current < 0) return;
    var control = items[current].querySelector(selector);
    if (control) control.click();
  }

  // Letters typed into a note or a menu are text, not commands.
  function typing(target) {
    return target.matches('textarea, select, input') &&
      !target.matches('[type=checkbox], [type=radio], [type=submit], [type=button]');
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    switch (event.key) {
      case 'j': move(1); break;
      case 'k': move(-1); break;
      case 'a': press('[data-key=a]'); break;
      case 'r': press('[data-key=r]'); break;
      case 'x': press('.mod-item__pick'); break;
      default: return;
    }
    event.preventDefault();
  });
})();
