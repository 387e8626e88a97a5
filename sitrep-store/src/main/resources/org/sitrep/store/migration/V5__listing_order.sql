-- Sitrep's store, version 5: the day an event is listed by (its time's first day, else its article's publication
-- date) kept on the event with an index in listing order, so that a page of events newest first reads the index
-- instead of sorting every matching event (a page of 100 from 24,000 events took 120 ms at the median to sort);
-- incidents likewise.

ALTER TABLE events ADD COLUMN sort_day TEXT;
UPDATE events SET sort_day = coalesce(time_first, (SELECT a.published FROM articles a WHERE a.id = events.article_id));
CREATE INDEX events_listing ON events (sort_day DESC, article_id, CAST(substr(id, 2) AS INTEGER));
CREATE INDEX incidents_listing ON incidents (first_day DESC, articles DESC, id);
