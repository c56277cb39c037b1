title = Andra testlektionen
summary = Du är klar.
intro = Bara ett steg här.
