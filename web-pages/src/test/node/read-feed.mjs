// Reads an iCalendar feed from a URL with Mozilla's ical.js (the parser of Thunderbird) and prints, as JSON, what a
// calendar client would show for each event: UID, SEQUENCE, STATUS, summary and start and end times in UTC.
import ICAL from "ical.js";

const address = process.argv[2];
if (!address) {
  console.error("usage: node read-feed.mjs <feed URL>");
  process.exit(2);
}
const answer = await fetch(address);
if (!answer.ok) {
  console.error(`the feed answered ${answer.status}`);
  process.exit(1);
}
const calendar = new ICAL.Component(ICAL.parse(await answer.text()));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const events = calendar.getAllSubcomponents("vevent").map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    sequence: event.sequence,
    status: component.getFirstPropertyValue("status"),
    summary: event.summary,
    start: event.startDate.toJSDate().toISOString(),
    end: event.endDate.toJSDate().toISOString(),
    startZone: event.startDate.zone ? event.startDate.zone.tzid : null,
  };
});
process.stdout.write(JSON.stringify({ name: calendar.getFirstPropertyValue("x-wr-calname"), events }));
