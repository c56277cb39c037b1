title = Lösenord
summary = Du vet nu att ett bra lösenord är långt och svårt att gissa. Du har ett eget lösenord för varje tjänst. Du berättar aldrig ditt lösenord för någon. Du får skriva ner dem i en bok som du förvarar säkert hemma.

intro = Ett lösenord är ett hemligt ord. Det fungerar som en nyckel, till exempel till din e-post. Du skriver det när du loggar in. Att logga in betyder att visa vem du är.
intro-alt = En ruta för att logga in. Efter ordet Lösenord finns ett fält med många svarta prickar. Under står: Långt och hemligt. Ett eget för varje tjänst.

good = Ett bra lösenord är långt. Ta gärna fyra ord som inte hör ihop. Till exempel: kaffe tiger gurka moln. Sådant är lätt att minnas men svårt att gissa. Hitta på dina egna ord.

bad = Ett dåligt lösenord är lätt att gissa. Det kan vara ditt namn, ditt födelseår eller 123456. Sådana lösenord prövar tjuvar först.

q-best = Vilket lösenord är bäst?
q-best-hint = Ett bra lösenord är långt och svårt för andra att gissa.
q-best-a1 = Karin1950
q-best-a1-fb = Namn och år är lätta att gissa. Ta hellre fyra ord som inte hör ihop.
q-best-a2 = 123456
q-best-a2-fb = Det är ett av de vanligaste lösenorden. Tjuvar prövar det först.
q-best-a3 = hatten sjunger lampa regn
q-best-a3-fb = Ja, precis! Fyra ord som inte hör ihop är långt och svårt att gissa.

one-each = En tjänst är en sida där du loggar in, till exempel e-post eller en butik. Ha ett eget lösenord för varje tjänst. Om en tjuv får tag i ett, är de andra ändå säkra. Det är som att ha olika nycklar till huset och bilen.
one-each-alt = Tre rutor: E-post, Bibliotek och Butik. Under varje ruta finns en nyckel i en egen färg. Texten säger: Olika lösenord, olika nycklar.

q-same = Du har e-post och ett konto på biblioteket. Hur ska dina lösenord vara?
q-same-hint = Tänk på bilden med de tre nycklarna.
q-same-a1 = Samma på båda, så är det lätt att minnas.
q-same-a1-fb = Då kan en tjuv komma in överallt med ett enda lösenord. Ha ett eget för varje.
q-same-a2 = Ett eget lösenord för varje
q-same-a2-fb = Ja, precis! Då är de andra säkra om ett blir stulet.

secret = Berätta aldrig ditt lösenord för någon. Inte ens för någon som säger att de ringer från banken. En riktig bank frågar aldrig efter ditt lösenord.

write = Det är svårt att minnas många lösenord. Du får skriva ner dem på papper. Använd en bok som bara är till för det. Förvara den hemma på ett säkert ställe. Bär den inte med dig i väskan.

q-ask = Någon ringer och säger att de är från banken. De ber om ditt lösenord. Vad gör du?
q-ask-hint = Vad läste du om vem som får veta ditt lösenord?
q-ask-a1 = Jag säger det, de är ju från banken.
q-ask-a1-fb = En riktig bank frågar aldrig efter ditt lösenord. Säg nej och lägg på.
q-ask-a2 = Jag säger nej och lägger på.
q-ask-a2-fb = Ja, precis! Ditt lösenord är bara ditt.
q-ask-a3 = Jag säger bara halva lösenordet.
q-ask-a3-fb = Även en del av lösenordet hjälper en tjuv. Säg nej och lägg på.

outro = Bra gjort! Ett långt lösenord för varje tjänst. Dela det aldrig. Skriv gärna ner dem i en bok som du har hemma.

keywords =
    Lösenord: ett hemligt ord som du skriver när du loggar in.
    Logga in: visa vem du är.
    Tjänst: en sida där du loggar in, till exempel e-post.
