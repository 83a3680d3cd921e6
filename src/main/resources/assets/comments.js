// Comments, made nicer when JavaScript runs. Without it every part still works as plain forms and links.
//  (a) fills in the name and email remembered in the mh_commenter cookie (pages are cached, the same for all);
//  (b) Reply opens the comment form right under the comment, Cancel (or Escape) puts it back;
//  (c) posts through the JSON API without reloading, and inserts the new comment where it belongs;
//  (d) follows the live stream and inserts comments others publish, announcing them politely.
// No inline handlers or styles anywhere: the Content-Security-Policy allows neither.
(() => {
  'use strict';

  const section = document.querySelector('section.comments[data-article]');
  prefill(document);
  if (!section) return;

  const articleId = section.dataset.article;
  const sort = section.dataset.sort || 'oldest';
  const page = Number(section.dataset.page || 1);
  const lastPage = Number(section.dataset.lastPage || 1);
  // New threads belong on this page only if it is the end where they appear (the last page, or the first when
  // the newest come first). Replies go under their parent wherever it is shown.
  const liveEnd = (sort === 'oldest' && page === lastPage) || (sort === 'newest' && page === 1);
  const list = section.querySelector('ol[data-comment-list]');
  const heading = section.querySelector('#comments-title');
  const liveStatus = section.querySelector('[data-live-status]');
  const form = section.querySelector('form[data-comment-form]');

  let busy = false;        // a post is on its way: live events wait, so our own comment is not "new from" us
  const waiting = [];

  if (form) enhanceForm(form);
  if (list && 'EventSource' in window) follow();

  // --- (a) remembered name and email ---

  function remembered() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('mh_commenter='));
    if (!cookie) return null;
    try {
      // The server writes it with Java's URLEncoder: spaces as '+', everything else percent-encoded.
      const [name, email] = decodeURIComponent(cookie.slice('mh_commenter='.length).replace(/\+/g, ' ')).split('\n');
      return email === undefined ? null : { name, email };
    } catch (malformed) {
      return null;
    }
  }

  function prefill(root) {
    const who = remembered();
    if (!who) return;
    root.querySelectorAll('form[data-comment-form]').forEach((f) => {
      const name = f.querySelector('[data-remember="name"]');
      const email = f.querySelector('[data-remember="email"]');
      if (name && !name.value) name.value = who.name;
      if (email && !email.value) email.value = who.email;
    });
  }

  // --- (b) inline replies and (c) posting without reload ---

  function enhanceForm(form) {
    const parentInput = form.querySelector('input[name="parent"]');
    const textarea = form.querySelector('textarea[name="text"]');
    const submit = form.querySelector('button[type="submit"]');
    const submitLabel = submit.textContent;
    const home = document.createComment(' the comment form lives here when not replying ');
    form.before(home);

    const context = element('p', 'comment-form__context');
    context.id = textarea.id + '-context';
    context.hidden = true;
    form.prepend(context);
    const error = element('p', 'form-error');
    error.id = textarea.id + '-js-error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    context.after(error);
    const done = element('p', 'comment-form__status');
    done.setAttribute('role', 'status');
    submit.after(done);
    const cancel = element('button', 'button button--quiet comment-form__cancel', 'Cancel reply');
    cancel.type = 'button';
    cancel.hidden = true;
    submit.after(cancel);

    let replyLink = null;

    section.addEventListener('click', (event) => {
      const link = event.target.closest('a.comment__reply[data-reply]');
      if (!link || !section.contains(link)) return;
      event.preventDefault();
      startReply(link);
    });
    cancel.addEventListener('click', () => endReply(true));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && replyLink) {
        event.preventDefault();
        endReply(true);
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      send();
    });

    function startReply(link) {
      const comment = link.closest('li.comment');
      const name = comment.querySelector('.comment__name')?.textContent ?? '';
      replyLink = link;
      parentInput.value = link.dataset.reply;
      comment.querySelector(':scope > .comment__card').after(form);
      context.textContent = 'Reply to ' + name;
      context.hidden = false;
      describe(textarea, context.id, true);
      cancel.hidden = false;
      submit.textContent = 'Post reply';
      showError(null);
      done.textContent = '';
      textarea.focus();
    }

    function endReply(returnFocus) {
      const link = replyLink;
      replyLink = null;
      parentInput.value = '';
      home.after(form);
      context.hidden = true;
      describe(textarea, context.id, false);
      cancel.hidden = true;
      submit.textContent = submitLabel;
      showError(null);
      if (returnFocus && link && document.contains(link)) link.focus();
    }

    async function send() {
      if (busy) return;
      const data = new FormData(form);
      const body = {
        name: data.get('name') || '',
        email: data.get('email') || '',
        text: data.get('text') || '',
        notify: data.get('notify') !== null,
      };
      if (parentInput.value) body.parentId = Number(parentInput.value);
      busy = true;
      form.setAttribute('aria-busy', 'true');
      submit.setAttribute('aria-disabled', 'true'); // not disabled: that would throw the focus away
      showError(null);
      done.textContent = '';
      try {
        const response = await fetch('/api/articles/' + encodeURIComponent(articleId) + '/comments', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(body),
        });
        const answer = await response.json().catch(() => null);
        if (response.status === 201 && answer) posted(answer);
        else showError(answer && answer.error ? answer.error
          : 'Your comment could not be posted (error ' + response.status + '). Please try again.');
      } catch (offline) {
        showError('We could not reach the site. Please check your connection and try again; your text is still here.');
      } finally {
        busy = false;
        form.removeAttribute('aria-busy');
        submit.removeAttribute('aria-disabled');
        waiting.splice(0).forEach(arrived);
      }
    }

    function posted(answer) {
      let comment = document.getElementById('comment-' + answer.id);
      if (!comment) {
        comment = fragment(answer.html);
        place(comment, answer.parentId, true);
      }
      const pending = answer.status === 'pending';
      if (pending && !comment.querySelector('.comment__pending')) {
        comment.querySelector('.comment__card').append(
          element('p', 'comment__pending', 'Your comment is awaiting moderation. Only you can see it until then.'));
      }
      if (typeof answer.count === 'number') showCount(answer.count);
      textarea.value = '';
      if (replyLink) endReply(false);
      done.textContent = pending ? 'Your comment is awaiting moderation.' : 'Your comment is published.';
      comment.tabIndex = -1;
      comment.scrollIntoView({ block: 'nearest' });
      comment.focus({ preventScroll: true });
    }

    function showError(message) {
      error.textContent = message || '';
      error.hidden = !message;
      describe(textarea, error.id, Boolean(message));
      if (message) textarea.focus();
    }
  }

  // --- (d) live comments ---

  function follow() {
    // At the live end, ask for everything after the newest comment shown: the cached page may be a moment old.
    const url = '/api/articles/' + encodeURIComponent(articleId) + '/comments/live'
      + (liveEnd ? '?after=' + newestShown() : '');
    const stream = new EventSource(url);
    stream.addEventListener('open', () => { section.dataset.live = 'open'; });
    stream.addEventListener('error', () => { section.dataset.live = 'reconnecting'; });
    stream.addEventListener('comment', (event) => {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (malformed) {
        return;
      }
      if (busy) waiting.push(data);
      else arrived(data);
    });
    window.addEventListener('pagehide', () => stream.close());
  }

  function arrived(data) {
    if (typeof data.count === 'number') showCount(data.count);
    if (document.getElementById('comment-' + data.id)) return; // ours, or already here
    const shown = place(fragment(data.html), data.parentId, false);
    announce('New comment from ' + data.author + (shown ? '' : ', on another page of the discussion'));
  }

  // --- shared ---

  /** Puts a comment's <li> where it belongs; returns false when its place is not on this page. */
  function place(comment, parentId, own) {
    if (parentId) {
      const parent = document.getElementById('comment-' + parentId);
      if (!parent || !section.contains(parent)) return false;
      let replies = parent.querySelector(':scope > ol.comment__replies');
      if (!replies) {
        replies = element('ol', 'comment__replies');
        parent.append(replies);
      }
      replies.append(comment);
      return true;
    }
    if (!own && !liveEnd) return false;
    if (sort === 'newest') list.prepend(comment);
    else list.append(comment);
    return true;
  }

  function newestShown() {
    let newest = 0;
    list.querySelectorAll('li.comment[id^="comment-"]').forEach((li) => {
      newest = Math.max(newest, Number(li.id.slice('comment-'.length)) || 0);
    });
    return newest;
  }

  function showCount(count) {
    if (heading) heading.textContent = count === 1 ? '1 comment' : count + ' comments';
  }

  function announce(message) {
    if (!liveStatus) return;
    // Emptied first, so that the same words twice in a row are still read out.
    liveStatus.textContent = '';
    window.setTimeout(() => { liveStatus.textContent = message; }, 100);
  }

  function fragment(html) {
    const template = document.createElement('template');
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
  }

  function element(tag, className, text) {
    const el = document.createElement(tag);
    el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function describe(field, id, on) {
    const ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter((x) => x && x !== id);
    if (on) ids.push(id);
    if (ids.length) field.setAttribute('aria-describedby', ids.join(' '));
    else field.removeAttribute('aria-describedby');
  }
})();
