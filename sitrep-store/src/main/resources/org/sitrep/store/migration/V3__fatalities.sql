-- Sitrep's store, version 3: the number of people an event killed when its sentence gives it (the JSON record's
-- event.fatalities), with the offsets of the phrase that says so. Events stored before stay NULL until their
-- article is ingested again.

ALTER TABLE events ADD COLUMN fatalities INTEGER;
ALTER TABLE events ADD COLUMN fatalities_start INTEGER;
ALTER TABLE events ADD COLUMN fatalities_end INTEGER;
