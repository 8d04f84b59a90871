"""The patient's side, without Qt: the journey (flow), the declaration it builds, and the
two ways it is read back: the review in the patient's words, the clinical summary in staff's."""
