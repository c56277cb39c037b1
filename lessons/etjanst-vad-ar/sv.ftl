title = Vad är en e-tjänst?
summary = En e-tjänst är ett ärende som du gör på datorn eller i mobilen. Oftast loggar du in med BankID. Du loggar bara in när du själv har valt det. Titta alltid på adressen först.

intro = Förr skrev du ett brev eller ringde för att göra ett ärende. Nu kan du göra mycket av det hemma. En e-tjänst är ett ärende som du gör på datorn. Det går också bra i mobilen.
intro-alt = Till vänster ett brev på papper. Till höger en dator med knappen Logga in.

examples = Det finns många e-tjänster. Du kan boka tid i vården. Du kan läsa brev från Skatteverket. Du kan låna om böcker och köpa biljetter. De flesta är öppna dag som natt.

login = Ofta måste e-tjänsten veta vem du är. Då loggar du in. Att logga in betyder att du visar vem du är. Oftast gör du det med BankID i mobilen.

yourself = Du loggar bara in när du själv vill göra ett ärende. Ringer någon och ber dig logga in? Lägg på. Banken och Skatteverket ringer aldrig och ber om det.

address = Titta på adressen innan du loggar in. Den står högst upp i fönstret. Den ska vara den rätta, till exempel 1177.se. En falsk sida kan se nästan likadan ut. Skriv gärna adressen själv.
address-alt = Två adresser. Den övre är 1177.se och har en grön bock. Den nedre är en konstig adress med ett rött kryss.

q1 = Vad är en e-tjänst?
q1-hint = Tänk på var du gör ärendet.
q1-a1 = Ett brev som kommer med posten
q1-a1-fb = Ett brev på papper är det gamla sättet. En e-tjänst gör du själv på en skärm.
q1-a2 = Ett ärende som du gör på datorn eller i mobilen
q1-a2-fb = Ja, precis! Du gör ärendet på skärmen, när det passar dig.
q1-a3 = Ett samtal till en vän
q1-a3-fb = Att ringa en vän är trevligt. Men en e-tjänst är ett ärende som du gör på en skärm.

q2 = Du ska logga in i en e-tjänst. Vad tittar du på först?
q2-hint = Tänk på hur du vet att sidan är den rätta.
q2-a1 = Adressen högst upp i fönstret
q2-a1-fb = Ja, precis! Adressen visar om du är på rätt sida.
q2-a2 = Om sidan har fina bilder
q2-a2-fb = En falsk sida kan också ha fina bilder. Det är adressen som visar vems sidan är.

q3 = Mobilen ringer. En röst säger att du måste logga in med BankID nu. Vad gör du?
q3-hint = Vem ska bestämma när du loggar in?
q3-a1 = Jag loggar in, så att det blir klart
q3-a1-fb = Det är lätt att vilja hjälpa till. Men logga aldrig in för att någon ber dig om det.
q3-a2 = Jag lägger på
q3-a2-fb = Ja, precis! Du loggar bara in när du själv vill göra ett ärende.

outro = Bra jobbat! Nu vet du vad en e-tjänst är. I nästa lektioner provar vi några av dem. Ta den tid du behöver.

keywords =
    E-tjänst: ett ärende som du gör på datorn eller i mobilen.
    Ärende: något du behöver få gjort, till exempel hos vården.
    Adress: sidans namn högst upp i fönstret, till exempel 1177.se.
