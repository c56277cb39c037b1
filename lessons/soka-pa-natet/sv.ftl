title = Sök på nätet
summary = Du vet nu hur du söker på nätet med några få ord. Du vet vad en länk är och hur du klickar på den. Du kan gå tillbaka med pilen uppe till vänster. Du vet att ett svar från AI kan vara fel.

intro = Du vet inte alltid adressen till en sida. Då kan du söka i stället. Du skriver några ord om det du letar efter. Sedan visas sidor som passar.

search = Klicka i fältet högst upp i webbläsaren. Det är samma fält som du skriver adresser i. Skriv dina ord där och tryck på Enter. Då får du en lista med svar.
search-alt = En webbläsare. I fältet högst upp står: bibliotek öppettider. Under finns två blå, understrukna svar. En pil visar att de är länkar. En annan pil pekar på pilen uppe till vänster och säger: tillbaka.

words = Skriv några få ord som säger vad du söker. Till exempel: bibliotek öppettider. Du behöver inte skriva hela meningar. Stavar du lite fel går det oftast bra ändå.

links = Svaren i listan är länkar. En länk är en text som du kan klicka på. Då kommer du till en annan sida. En länk är ofta blå eller understruken. När du pekar på den, blir pilen ofta en liten hand.

q-link = Vad är en länk?
q-link-hint = Tänk på vad som händer när du klickar på svaren i listan.
q-link-a1 = En kedja som sitter på datorn
q-link-a1-fb = Ordet kan betyda kedja. Men på nätet är en länk en text som du klickar på.
q-link-a2 = En text som tar dig till en annan sida när du klickar
q-link-a2-fb = Ja, precis! En länk för dig vidare till en ny sida.
q-link-a3 = Ett fel på skärmen
q-link-a3-fb = En länk är inget fel. Det är en text som du kan klicka på.

back = Vill du gå tillbaka till listan? Klicka på pilen som pekar åt vänster. Den sitter uppe till vänster i webbläsaren. Varje klick tar dig ett steg bakåt.

q-back = Du har klickat på en länk. Nu vill du tillbaka till listan. Vad gör du?
q-back-hint = På bilden pekar något bakåt. Gå gärna tillbaka och titta.
q-back-a1 = Jag klickar på pilen uppe till vänster.
q-back-a1-fb = Ja, precis! Pilen tar dig ett steg tillbaka.
q-back-a2 = Jag stänger av datorn.
q-back-a2-fb = Då får du börja om. Klicka på pilen uppe till vänster i stället.
q-back-a3 = Jag klickar på krysset.
q-back-a3-fb = Krysset stänger hela fönstret. Klicka på pilen uppe till vänster i stället.

ai-answer = Ibland står ett kort svar högst upp i listan. Det är skrivet av en dator, med så kallad AI. Svaret kan vara fel. Gäller det hälsa eller pengar? Läs då hellre på en sida du litar på, till exempel 1177.se.

ads = Överst i listan finns ibland reklam. Den är märkt med ett ord som Annons eller Sponsrad. Även falska sidor kan köpa reklam. Ska du till din bank? Skriv då bankens adress själv. Nästa lektion handlar om reklam på nätet.

outro = Bra gjort! Nu kan du söka, klicka på länkar och gå tillbaka. Med det kan du hitta mycket på nätet.

keywords =
    Söka: skriv några ord för att hitta sidor på nätet.
    Länk: en text som du kan klicka på för att komma till en annan sida.
    Pilen tillbaka: pilen uppe till vänster. Den tar dig ett steg bakåt.
    AI: en dator som kan skriva text. Ett svar från AI kan vara fel.
