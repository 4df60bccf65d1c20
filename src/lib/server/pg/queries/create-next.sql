-- New, empty tables shaped like incidents and areas, to load into; indexes come after the rows.
DROP TABLE IF EXISTS incidents_next, areas_next;
CREATE TABLE incidents_next (LIKE incidents INCLUDING ALL EXCLUDING INDEXES);
CREATE TABLE areas_next (LIKE areas INCLUDING ALL EXCLUDING INDEXES);
