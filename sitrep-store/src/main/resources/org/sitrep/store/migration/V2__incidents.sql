-- Incidents: events of different articles that report one happening (org.sitrep.incidents), recomputed
-- from all stored events after each ingest. Each member says which member it matched and why.

CREATE TABLE incidents (
    id         TEXT PRIMARY KEY,     -- "I:" and the key of its first event
    type       TEXT NOT NULL,
    first_day  TEXT,
    last_day   TEXT,
    place      TEXT,
    country    TEXT,
    admin1     TEXT,
    lat        REAL,
    lon        REAL,
    articles   INTEGER NOT NULL,     -- GDELT's NumArticles
    sources    INTEGER NOT NULL,     -- GDELT's NumSources: distinct outlets (a URL's host)
    events     INTEGER NOT NULL
);
CREATE INDEX incidents_first_day ON incidents (first_day);

CREATE TABLE incident_members (
    incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
    article_id  TEXT NOT NULL,
    event_id    TEXT NOT NULL,
    matched_to  TEXT,                -- the member it matched ("article/V2"), null for the first
    score       REAL NOT NULL,
    reasons     TEXT NOT NULL,       -- "same type ATTACK; 1 day apart; 9 km apart; same actor INS"
    PRIMARY KEY (article_id, event_id)
);
CREATE INDEX incident_members_incident ON incident_members (incident_id);
