title = Det här delar du aldrig
summary = Du vet nu att koder, kortnummer och lösenord bara är dina. Banken och polisen frågar aldrig efter dem. Är du osäker, frågar du någon du litar på. Eller så ringer du banken på numret på ditt kort.

intro = Vissa saker är bara dina. De är som nyckeln till ditt hem. Om någon annan får dem, kan de ta dina pengar.

never = Dela aldrig säkerhetskoden till ditt BankID. Dela aldrig pinkoden till ditt bankkort. Dela aldrig ditt kortnummer eller koden på kortets baksida. Och dela aldrig dina lösenord.
never-alt = Överst står Dela aldrig. Under finns tre rutor med ett hänglås i varje: Säkerhetskod, Kortnummer och Lösenord. Längst ner står: Inte ens till banken eller polisen.

who-asks = Banken frågar aldrig efter dina koder. Inte polisen heller. Den som frågar vill lura dig, hur vänlig den än låter. Det gäller i telefon, i sms och i e-post.

q-code = Någon ringer och ber om koden på baksidan av ditt kort. Vad gör du?
q-code-hint = Tänk på vem som får veta koderna på ditt kort.
q-code-a1 = Jag läser upp koden.
q-code-a1-fb = Med koden kan någon ta dina pengar. Säg nej och lägg på.
q-code-a2 = Jag säger nej och lägger på.
q-code-a2-fb = Ja, precis! Koden är bara din.
q-code-a3 = Jag säger bara halva koden.
q-code-a3-fb = Även en del av koden kan hjälpa en tjuv. Säg nej och lägg på.

started = En del saker kan du dela. Du kan ge ditt namn och din adress när du själv beställer något. Fråga dig alltid: Var det jag som började? Om inte, dela ingenting.

ask = Är du osäker? Fråga någon du litar på. Det kan vara en anhörig, en handledare eller personalen på biblioteket. Du kan också ringa banken på numret som står på ditt kort.

q-unsure = Du får ett sms om ditt bankkonto och blir osäker. Vem frågar du?
q-unsure-hint = Tänk på vilka du kan lita på.
q-unsure-a1 = Någon jag litar på, eller banken på numret på kortet
q-unsure-a1-fb = Ja, precis! Då vet du vem du pratar med.
q-unsure-a2 = Numret som står i sms:et
q-unsure-a2-fb = Numret kan gå till den som vill lura dig. Ring numret på ditt kort i stället.
q-unsure-a3 = Ingen, jag gör som sms:et säger.
q-unsure-a3-fb = Sms:et kan vara falskt. Fråga någon du litar på först.

outro = Bra gjort! Koder, kortnummer och lösenord är bara dina. Ingen riktig bank frågar efter dem. Fråga hellre någon du litar på.

keywords =
    Säkerhetskod: koden till ditt BankID.
    Pinkod: koden till ditt bankkort.
    Kortnummer: numret på ditt bankkort.
    Lösenord: ett hemligt ord som bara du vet.
    Numret på kortet: bankens rätta nummer. Ring det om du är osäker.
