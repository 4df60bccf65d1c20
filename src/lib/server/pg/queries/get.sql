-- One incident by id.
SELECT feature FROM incidents WHERE id = $1
