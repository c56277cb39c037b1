title = Second test lesson
summary = You are done.
intro = Only one step here.
