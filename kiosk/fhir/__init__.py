"""What the kiosk sends to the hospital's record, as HL7 FHIR R4: the Questionnaire made
from the questionnaire file, one transaction Bundle per declaration, their validation,
and the two targets (a FHIR server, a folder). No Qt, no database: the outbox
(kiosk/records/outbox.py) and its sender (kiosk/services/outbox.py) use it."""
