// Adds the reader's own time beside each time shown in the community's zone, when the two zones differ.
(function () {
  "use strict";
  var communityZone = document.documentElement.getAttribute("data-zone");
  var readerZone;
  try {
    readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (unsupported) {
    return;
  }
  if (!communityZone || !readerZone || readerZone === communityZone) {
    return;
  }
  var format = new Intl.DateTimeFormat(undefined, {
    weekday: "short", month: "short", day: "numeric", hour: "numeric", minute: "2-digit", timeZoneName: "short"
  });
  var times = document.querySelectorAll("time[data-local]");
  for (var index = 0; index < times.length; index++) {
    var instant = new Date(times[index].getAttribute("datetime"));
    if (isNaN(instant.getTime())) {
      continue;
    }
    var local = document.createElement("span");
    local.className = "local";
    local.textContent = " (" + format.format(instant) + " your time)";
    times[index].after(local);
  }
})();
