// The pages' only behaviour, loaded from here: the Content-Security-Policy allows no inline script
// or event handler attribute.
document.addEventListener('DOMContentLoaded', function () {
  // The work item create form asks the server again for its fields when project or type change.
  var form = document.getElementById('create-form');
  if (form) {
    form.querySelectorAll('select[data-updates-form=true]').forEach(function (select) {
      select.addEventListener('change', function () {
        var url = new URL(form.dataset.reask, location.href);
        var project = form.querySelector('[name=project]');
        var type = form.querySelector('[name=work_item_type]');
        if (project) url.searchParams.set('project', project.value);
        if (type && select.name !== 'project') url.searchParams.set('type', type.value);
        location.href = url.pathname + url.search + '#work-items';
      });
    });
  }
  // Forms with data-confirm ask before they are sent.
  document.querySelectorAll('form[data-confirm]').forEach(function (confirmed) {
    confirmed.addEventListener('submit', function (event) {
      if (!window.confirm(confirmed.dataset.confirm)) event.preventDefault();
    });
  });
});
