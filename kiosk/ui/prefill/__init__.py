"""The kiosk's side of pre-application (issue 13): scanner input, camera, refusal panel."""
