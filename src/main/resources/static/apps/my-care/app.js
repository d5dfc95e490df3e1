/*
 * My care: the beneficiary's own view of their Model of Care record, as a SMART App Launch standalone patient app.
 * Signs the member in through the server's authorization server (fhirclient, PKCE), then reads their care plan,
 * goals, care team and open work items through the FHIR API. Every value read is written as text, never as markup.
 */
(function () {
  'use strict';

  var CLIENT_ID = 'my-care';
  var SCOPE = 'launch/patient openid fhirUser offline_access patient/*.rs';
  var ARTIFACT = 'http://snp-moc.org/fhir/CodeSystem/moc-artifact';
  var ICT_ROLE = 'http://snp-moc.org/fhir/CodeSystem/ict-role';
  var OPEN_TASK = ['requested', 'ready', 'in-progress'];
  var ROLE_NAMES = {
    'care-coordinator': 'Care coordinator',
    'transition-coordinator': 'Transition coordinator',
    'primary-care': 'Primary care',
    'nurse': 'Nurse',
    'behavioral-health': 'Behavioral health',
    'pharmacist': 'Pharmacist',
    'social-worker': 'Social worker',
    'beneficiary': 'Member',
    'caregiver': 'Caregiver',
    'enrollment-staff': 'Enrollment',
    'claims-staff': 'Claims',
    'administrative-oversight': 'Administrative oversight',
    'clinical-oversight': 'Clinical oversight',
    'direct-care-educator': 'Care educator'
  };

  var FACTOR = 'http://snp-moc.org/fhir/CodeSystem/moc-factor';
  /**
   * The work items that concern the member themselves, in their words, by MOC factor. The others ($moc-gaps also
   * lists staff training and what the plan must document) are the plan's work, not the member's.
   */
  var FOR_THE_MEMBER = {
    '2B.3': 'Your health risk assessment: a check-in on your health and what you need',
    '2C.2': 'A review of your care plan with your care team',
    '2C.5': 'A copy of your updated care plan',
    '2D.3': 'Your care team looks at your care plan and goals with you',
    '2D.4': 'A meeting or call with your care team',
    '2E.1': 'A follow-up visit after your stay',
    '2E.4': 'Access to your health information after your stay',
    '2E.5': 'Help learning to manage your care after your stay',
    '2E.6': 'Being told who coordinates your care after your stay'
  };

  /* ---------- page helpers: text only ---------- */

  function $(selector, root) {
    return (root || document).querySelector(selector);
  }

  function el(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== undefined && attributes[name] !== null) {
        node.setAttribute(name, attributes[name]);
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === undefined || child === null || child === '') {
        continue;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function setText(root, field, text) {
    $('[data-field="' + field + '"]', root).textContent = text || '';
  }

  function status(text) {
    $('#status').textContent = text;
  }

  function problem(text) {
    var node = $('#problem');
    node.textContent = text;
    node.hidden = false;
    status('');
  }

  /** Shows a section, with its list or its "nothing yet" sentence. */
  function showSection(id, hasContent) {
    var section = document.getElementById(id);
    section.hidden = false;
    var empty = $('[data-empty]', section);
    var content = $('[data-content]', section);
    if (empty) {
      empty.hidden = hasContent;
    }
    if (content) {
      content.hidden = !hasContent;
    }
    return section;
  }

  /** A date (YYYY-MM-DD or a dateTime) as a <time> element in the reader's words. */
  function dateElement(value) {
    if (!value) {
      return el('span', {}, 'no date set');
    }
    var day = String(value).substring(0, 10);
    var parts = day.split('-');
    var text = day;
    if (parts.length === 3) {
      var date = new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]));
      text = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
    }
    return el('time', { datetime: day }, text);
  }

  function periodElement(period) {
    var span = el('span', {});
    if (!period || (!period.start && !period.end)) {
      span.textContent = 'not stated';
      return span;
    }
    if (period.start) {
      span.appendChild(document.createTextNode('from '));
      span.appendChild(dateElement(period.start));
    }
    if (period.end) {
      span.appendChild(document.createTextNode(period.start ? ' to ' : 'until '));
      span.appendChild(dateElement(period.end));
    }
    return span;
  }

  /* ---------- reading FHIR values ---------- */

  function humanName(resource) {
    var names = (resource && resource.name) || [];
    if (typeof names === 'string') {
      return names; // Organization, Location
    }
    var name = names.filter(function (n) { return n.use === 'official'; })[0] || names[0];
    if (!name) {
      return '';
    }
    if (name.text) {
      return name.text;
    }
    return [].concat(name.prefix || [], name.given || [], name.family || []).join(' ');
  }

  function conceptText(concept) {
    if (!concept) {
      return '';
    }
    if (concept.text) {
      return concept.text;
    }
    var coding = (concept.coding || []).filter(function (c) { return c.display; })[0];
    return coding ? coding.display : ((concept.coding || [])[0] || {}).code || '';
  }

  function hasCoding(concepts, system, code) {
    return (concepts || []).some(function (concept) {
      return (concept.coding || []).some(function (c) { return c.system === system && c.code === code; });
    });
  }

  function roleCodes(participant) {
    var codes = [];
    (participant.role || []).forEach(function (concept) {
      (concept.coding || []).forEach(function (c) {
        if (c.system === ICT_ROLE && c.code) {
          codes.push(c.code);
        }
      });
    });
    return codes;
  }

  function roleNames(participant) {
    return (participant.role || []).map(function (concept) {
      var ict = (concept.coding || []).filter(function (c) { return c.system === ICT_ROLE; })[0];
      return ict && ROLE_NAMES[ict.code] ? ROLE_NAMES[ict.code] : conceptText(concept);
    }).filter(Boolean);
  }

  function today() {
    var now = new Date();
    var month = String(now.getMonth() + 1).padStart(2, '0');
    var day = String(now.getDate()).padStart(2, '0');
    return now.getFullYear() + '-' + month + '-' + day;
  }

  function servingToday(participant) {
    var period = participant.period || {};
    var day = today();
    return (!period.start || period.start.substring(0, 10) <= day) && (!period.end || period.end.substring(0, 10) >= day);
  }

  function ofType(resources, type) {
    return (resources || []).filter(function (r) { return r && r.resourceType === type; });
  }

  function byReference(resources) {
    var index = {};
    (resources || []).forEach(function (r) {
      if (r && r.resourceType && r.id) {
        index[r.resourceType + '/' + r.id] = r;
      }
    });
    return index;
  }

  function search(client, type, params) {
    var query = new URLSearchParams(params);
    return client.request(type + '?' + query.toString(), { pageLimit: 0, flat: true });
  }

  /* ---------- the sections ---------- */

  function showMember(patient) {
    setText(document, 'member-name', humanName(patient) || 'you');
    $('#member').hidden = false;
  }

  function goalItem(goal) {
    var item = el('li', { 'data-goal': goal.id },
      el('span', { 'data-field': 'goal-description' }, conceptText(goal.description) || 'Goal'));
    var targets = (goal.target || []).filter(function (t) { return t.dueDate; });
    if (targets.length) {
      var due = el('span', { class: 'meta' }, ' — target: ');
      targets.forEach(function (t, i) {
        if (i) {
          due.appendChild(document.createTextNode(', '));
        }
        due.appendChild(dateElement(t.dueDate));
      });
      item.appendChild(due);
    }
    var state = conceptText(goal.achievementStatus) || goal.lifecycleStatus;
    if (state) {
      item.appendChild(el('span', { class: 'meta' }, ' — status: ',
        el('span', { 'data-field': 'goal-status' }, state)));
    }
    return item;
  }

  function activityText(activity) {
    var detail = activity.detail || {};
    return detail.description || conceptText(detail.code) || (activity.reference && activity.reference.display) || '';
  }

  function showCarePlan(plans, goals) {
    var plan = plans[0];
    var section = showSection('care-plan', !!plan);
    if (!plan) {
      return;
    }
    setText(section, 'care-plan-title', plan.title || 'Your individualized care plan');
    setText(section, 'care-plan-description', plan.description || '');
    var period = $('[data-field="care-plan-period"]', section);
    period.textContent = '';
    period.appendChild(periodElement(plan.period));

    var activities = $('[data-list="activities"]', section);
    (plan.activity || []).map(activityText).filter(Boolean).forEach(function (text) {
      activities.appendChild(el('li', {}, text));
    });
    if (!activities.children.length) {
      activities.appendChild(el('li', {}, 'No activities listed yet.'));
    }

    var referenced = (plan.goal || []).map(function (ref) { return ref.reference; });
    var shown = goals.filter(function (goal) {
      return referenced.length ? referenced.indexOf('Goal/' + goal.id) >= 0
        : ['active', 'accepted', 'planned', 'proposed'].indexOf(goal.lifecycleStatus) >= 0;
    });
    var list = $('[data-list="goals"]', section);
    shown.forEach(function (goal) { list.appendChild(goalItem(goal)); });
    if (!shown.length) {
      list.appendChild(el('li', {}, 'No goals set yet.'));
    }
  }

  /** The member's name: the reference's display, else the included resource's name (a role's practitioner). */
  function memberName(member, included, patientId) {
    if (!member) {
      return '';
    }
    if (member.reference === 'Patient/' + patientId) {
      return 'You';
    }
    if (member.display) {
      return member.display;
    }
    var resource = included[member.reference];
    if (resource && resource.resourceType === 'PractitionerRole') {
      var person = resource.practitioner || {};
      var practitioner = included[person.reference];
      return person.display || humanName(practitioner) || conceptText((resource.code || [])[0]);
    }
    return humanName(resource) || member.reference || '';
  }

  function telecomOf(member, included) {
    var resource = included[member && member.reference];
    var points = (resource && resource.telecom) || [];
    if (!points.length && resource && resource.practitioner) {
      var practitioner = included[resource.practitioner.reference];
      points = (practitioner && practitioner.telecom) || [];
    }
    return points.filter(function (t) { return t.value; })[0];
  }

  /**
   * The point of contact for a care transition: the transition coordinator serving today, else the care coordinator
   * who leads the team (as the server assigns a transition's work to them).
   */
  function pointOfContact(participants) {
    var order = ['transition-coordinator', 'care-coordinator'];
    for (var i = 0; i < order.length; i++) {
      var found = participants.filter(function (p) {
        return roleCodes(p).indexOf(order[i]) >= 0 && servingToday(p) && p.member;
      })[0];
      if (found) {
        return found;
      }
    }
    return null;
  }

  function showCareTeam(teams, included, patientId) {
    var team = teams[0];
    var section = showSection('care-team', !!team);
    if (!team) {
      return;
    }
    var participants = (team.participant || []).filter(servingToday);
    var contact = pointOfContact(participants);
    var list = $('[data-list="participants"]', section);
    participants.forEach(function (p) {
      var item = el('li', {},
        el('span', { 'data-field': 'participant-name' }, memberName(p.member, included, patientId)),
        el('span', { class: 'role' }, ' — ', el('span', { 'data-field': 'participant-role' }, roleNames(p).join(', '))));
      if (p === contact) {
        item.appendChild(el('span', { class: 'badge' }, ' (your point of contact)'));
      }
      list.appendChild(item);
    });
    if (contact) {
      var box = $('#point-of-contact');
      var line = $('[data-field="point-of-contact"]', box);
      line.textContent = '';
      line.appendChild(el('strong', { 'data-field': 'point-of-contact-name' }, memberName(contact.member, included, patientId)));
      line.appendChild(document.createTextNode(', ' + roleNames(contact).join(', ')));
      var telecom = telecomOf(contact.member, included);
      if (telecom) {
        line.appendChild(document.createTextNode(' — ' + (telecom.system || 'contact') + ': ' + telecom.value));
      }
      box.hidden = false;
    }
  }

  function dueDate(task) {
    return (task.restriction && task.restriction.period && task.restriction.period.end)
      || (task.executionPeriod && task.executionPeriod.end) || '';
  }

  function factorOf(task) {
    var coding = ((task.reasonCode || {}).coding || []).filter(function (c) { return c.system === FACTOR; })[0];
    return coding ? coding.code : '';
  }

  function showDue(tasks) {
    var open = tasks.filter(function (t) {
      return OPEN_TASK.indexOf(t.status) >= 0 && FOR_THE_MEMBER.hasOwnProperty(factorOf(t));
    });
    open.sort(function (a, b) {
      var x = dueDate(a) || '9999';
      var y = dueDate(b) || '9999';
      return x < y ? -1 : x > y ? 1 : 0;
    });
    var section = showSection('due', open.length > 0);
    var list = $('[data-list="due"]', section);
    list.hidden = !open.length;
    open.forEach(function (task) {
      var factor = factorOf(task);
      var item = el('li', { 'data-factor': factor }, el('span', { 'data-field': 'due-text' }, FOR_THE_MEMBER[factor]));
      var due = dueDate(task);
      if (due) {
        item.appendChild(el('span', { class: 'meta' }, ' — due ', dateElement(due)));
      }
      var state = task.businessStatus && conceptText(task.businessStatus).replace(/-/g, ' ');
      if (state) {
        item.appendChild(el('span', { class: 'badge' }, ' (' + state + ')'));
      }
      list.appendChild(item);
    });
  }

  /**
   * What is due: the work items the server finds open for the member ($moc-gaps on their own record, as Tasks with the
   * due date in restriction.period.end). A patient's token does not read stored Tasks: R4 keeps Task out of the
   * Patient compartment, so the operation is the member's view of them. Only the items about the member show
   * (FOR_THE_MEMBER).
   */
  function loadDue(client, patientId) {
    return client.request('Patient/' + encodeURIComponent(patientId) + '/$moc-gaps', { pageLimit: 0, flat: true })
      .then(function (found) { return ofType(found, 'Task'); });
  }

  function loadCareTeam(client, patientId) {
    var params = { patient: patientId, status: 'active', category: ARTIFACT + '|ict' };
    var withMembers = Object.assign({}, params, {
      _include: 'CareTeam:participant', '_include:iterate': 'PractitionerRole:practitioner'
    });
    // Where the server does not let this app read staff records, the team still shows, with the names it carries.
    return search(client, 'CareTeam', withMembers).catch(function () { return search(client, 'CareTeam', params); });
  }

  /** A section that could not be read says so, and the others still show. */
  function unreadable(id) {
    var section = showSection(id, false);
    var empty = $('[data-empty]', section);
    if (empty) {
      empty.textContent = 'This part of your record could not be read right now. Please try again later.';
    }
    section.setAttribute('data-unreadable', 'true');
  }

  function section(load, render, id) {
    return load.then(render, function (error) {
      unreadable(id);
      return error;
    });
  }

  function show(client) {
    var patientId = client.patient.id;
    if (!patientId) {
      problem('No member was chosen at sign-in, so there is no record to show.');
      return Promise.resolve();
    }
    status('Loading your care plan…');
    var plans = search(client, 'CarePlan', {
      patient: patientId, status: 'active', category: ARTIFACT + '|icp', _sort: '-_lastUpdated'
    }).then(function (found) { return ofType(found, 'CarePlan'); });
    var goals = search(client, 'Goal', { patient: patientId }).then(function (found) { return ofType(found, 'Goal'); });
    return Promise.all([
      client.patient.read().then(showMember, function () { showMember(null); }),
      section(Promise.all([plans, goals]), function (r) { showCarePlan(r[0], r[1]); }, 'care-plan'),
      section(loadCareTeam(client, patientId), function (r) {
        showCareTeam(ofType(r, 'CareTeam'), byReference(r), patientId);
      }, 'care-team'),
      section(loadDue(client, patientId), showDue, 'due')
    ]).then(function () {
      status('Your care record as of ' + new Date().toLocaleString() + '.');
      document.body.setAttribute('data-loaded', 'true');
      var signOut = $('#sign-out');
      signOut.hidden = false;
      signOut.addEventListener('click', function () {
        sessionStorage.clear();
        location.replace(location.pathname);
      });
    });
  }

  function fail(error) {
    problem('Sorry, your care record could not be shown: ' + ((error && error.message) || String(error)));
    document.body.setAttribute('data-loaded', 'error');
  }

  /* ---------- SMART launch ---------- */

  function start() {
    if (typeof FHIR === 'undefined') {
      fail(new Error('the SMART client library did not load.'));
      return;
    }
    var here = new URL(location.href);
    var params = here.searchParams;
    if (params.get('error')) {
      fail(new Error(params.get('error_description') || params.get('error')));
      return;
    }
    var signedIn = params.get('code') || sessionStorage.getItem('SMART_KEY');
    if (signedIn) {
      FHIR.oauth2.ready().then(function (client) {
        return show(client).catch(fail);
      }, function (error) {
        if (!params.get('code')) {
          // A stale session from an earlier visit: sign in afresh.
          sessionStorage.clear();
          authorize(here);
          return;
        }
        fail(error);
      });
      return;
    }
    authorize(here);
  }

  function authorize(here) {
    status('Taking you to sign in…');
    FHIR.oauth2.authorize({
      clientId: CLIENT_ID,
      scope: SCOPE,
      // The app lives at <root>/apps/my-care/; the FHIR base is <root>/fhir.
      iss: new URL('../../fhir', here).href,
      redirectUri: here.origin + here.pathname,
      pkceMode: 'required'
    }).catch(fail);
  }

  start();
}());
