title = Reklam på nätet
summary = Du vet nu att reklam på nätet kallas annonser. Du letar efter ordet Annons för att se vad som är reklam. Du klickar aldrig på en ruta som säger att du har vunnit. Du ringer aldrig ett nummer som en skrämmande ruta visar.

intro = Många webbsidor visar reklam. En annons är reklam som någon har betalat för. Den vill att du ska köpa något eller klicka. Reklam är vanlig och oftast inte farlig.

tell = Annonser är ofta märkta med ordet Annons eller Sponsrad. De kan blinka eller röra sig. De ligger ofta vid sidan av texten. Ibland ser de ut som vanliga nyheter, så titta noga.
tell-alt = En webbsida med nyheter. Till höger finns en gul ruta märkt Annons. Där står Köp nu! Bara i dag, och en knapp med ordet Klicka.

q-tell = Hur kan du se att något är en annons?
q-tell-hint = Vad stod det högst upp i den gula rutan? Gå gärna tillbaka och titta på bilden.
q-tell-a1 = Det står Annons eller Sponsrad vid den.
q-tell-a1-fb = Ja, precis! Leta efter de orden.
q-tell-a2 = Den har alltid blå text.
q-tell-a2-fb = Reklam kan ha alla färger. Leta efter ordet Annons.
q-tell-a3 = Den visas bara på kvällen.
q-tell-a3-fb = Reklam visas hela dygnet. Leta efter ordet Annons.

won = Ibland dyker en ruta upp där det står att du har vunnit. Det är ett försök att lura dig. Ingen ger bort en telefon för att du läste en sida. Klicka inte i rutan.
won-alt = En webbsida. Över den ligger en ruta med röd kant. Där står Grattis! Du har vunnit! och en röd knapp: Hämta priset. Bredvid står: Klicka inte!

close = Vill du bli av med rutan? Klicka inte på något i den. Stäng hela fönstret med krysset uppe till höger. Skriv aldrig in namn eller kortnummer i en sådan ruta.

q-won = Det står: Grattis, du har vunnit en ny telefon! Vad gör du?
q-won-hint = Tänk på vad du läste om rutor som säger att du har vunnit.
q-won-a1 = Jag klickar för att hämta priset.
q-won-a1-fb = Priset finns inte. Rutan vill lura dig. Stäng fönstret i stället.
q-won-a2 = Jag klickar inte i rutan och stänger fönstret.
q-won-a2-fb = Ja, precis! Då kan rutan inte lura dig.
q-won-a3 = Jag skriver in mitt kortnummer för frakten.
q-won-a3-fb = Då kan någon ta dina pengar. Skriv aldrig in kortnummer i en sådan ruta.

scare = En del rutor vill skrämma dig. Det kan stå att datorn har virus. Ett virus är ett elakt program. Eller så står det att du ska ringa ett nummer genast. Ring inte. Stäng fönstret och fråga någon du litar på.

outro = Bra gjort! Reklam är vanlig på nätet. Titta efter ordet Annons. Och lita aldrig på en ruta som säger att du har vunnit.

keywords =
    Annons: reklam som någon har betalat för.
    Sponsrad: ett annat ord för annons.
    Virus: ett elakt program. En ruta som säger att du har virus vill ofta lura dig.
