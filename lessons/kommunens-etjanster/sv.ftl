title = Kommunens e-tjänster
summary = Kommunen har e-tjänster på sin webbplats. Ofta loggar du in med BankID och fyller i ett formulär. Kommunens kontaktcenter svarar på frågor. Många kommuner har också en digital guide som hjälper dig.

what = Kommunen har också e-tjänster. Du hittar dem på kommunens webbplats. Där kan du till exempel söka färdtjänst. Färdtjänst är resor med taxi för den som har svårt att åka buss. Vad som finns är olika i olika kommuner.

form = Ofta loggar du in med BankID först. Då vet kommunen att det är du. Sedan fyller du i ett formulär. Ett formulär är som en blankett, fast på skärmen. Till sist trycker du på Skicka.
form-alt = En dator med ett formulär. Där finns rutor för namn och adress och knappen Skicka.

contact = Kommunen har ett kontaktcenter. Dit ringer eller skriver du när du har en fråga. De hjälper dig att hitta rätt. Numret står på kommunens webbplats.
contact-alt = En telefon där det står Kontaktcenter, med knappen Ring. En pratbubbla säger: Hur kan vi hjälpa dig?

guide = Många kommuner har också en digital guide. Det är en person som hjälper dig med datorn eller mobilen. Ofta finns guiden på biblioteket. Fråga kontaktcentret om det finns en där du bor.

more = Du kan få hjälp på fler ställen. Biblioteket hjälper gärna till. SeniorNet Sweden är en förening där äldre lär andra äldre. Och här på kursen kan du alltid fråga.

q1 = Var hittar du kommunens e-tjänster?
q1-hint = Tänk på var kommunen har sina egna sidor.
q1-a1 = På kommunens webbplats
q1-a1-fb = Ja, precis! Där finns en lista över kommunens e-tjänster.
q1-a2 = Via en länk som någon skickar i ett sms
q1-a2-fb = En länk i ett sms kan leda till en falsk sida. Tryck inte på sådana länkar.
q1-a3 = I telefonkatalogen
q1-a3-fb = Telefonkatalogen är gjord av papper. En e-tjänst finns på nätet.

q2 = Du förstår inte en e-tjänst. Vem kan du fråga?
q2-hint = Tänk på vilka som finns till för att hjälpa dig.
q2-a1 = Ingen, jag måste klara det själv
q2-a1-fb = Du behöver inte klara allt själv. Många vill gärna hjälpa dig.
q2-a2 = Kommunens kontaktcenter eller digitala guide
q2-a2-fb = Ja, precis! Biblioteket och SeniorNet Sweden kan också hjälpa dig.

outro = Bra jobbat! Nu vet du var du hittar kommunens e-tjänster. Gör en sak i taget, i din egen takt. Och fråga gärna om hjälp.

keywords =
    Formulär: en blankett, fast på skärmen.
    Färdtjänst: resor med taxi för den som har svårt att åka buss.
    Kontaktcenter: dit ringer eller skriver du med frågor till kommunen.
    Digital guide: en person som hjälper dig med datorn eller mobilen.
