"""Non-widget services of the GUI: the open database session, the plan keeper, workers, window state."""
