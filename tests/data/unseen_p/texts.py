# -*- coding: utf-8 -*-
"""Body texts of set (p): Voice of America news items and US Department of Defense releases, articles and
a briefing transcript (public domain, US federal government works), copied from the stored copies of the
pages (research search tool, corpus 'pages'). Page furniture (titles, 'Accessibility links', 'Breaking News',
photo captions, text-size buttons, .gov banners, bylines and credit lines) removed; wording, spelling,
punctuation and quote characters kept. Paragraphs are joined by one blank line. Where the stored copy breaks
off, the text ends at the last complete sentence (text_complete false in meta.py)."""


def P(*paras):
    return "\n\n".join(paras)


TEXTS = {}

# https://www.voanews.com/a/a-13-a-2001-08-27-1-nato-66408052/549410.html (cut: stored copy breaks off)
TEXTS["voa_2001_08_27_macedonia_skopje_nato_soldier"] = P(
    "British military officials say a crowd of youths threw a piece of concrete that struck a NATO vehicle and killed a British soldier - the first casualty of NATO's mission in Macedonia. The attack is evidence of the danger peacekeepers face in Macedonia.",
    "Military officials said the British soldier was riding in an armored vehicle when he was hit by an object thrown by a crowd of angry youths late Sunday on a road near Skopje's airport.",
    "The seriously injured soldier was rushed to the United States Army's base in Macedonia, Camp Able Sentry, and than transported to the U.S. hospital in neighboring Kosovo. He was later transferred back to Skopje's University Hospital where he died despite what NATO officials described as \"the best efforts of all involved.\"",
    "Despite its first casualty in Macedonia, an alliance spokesman was quick to point out that NATO would press ahead with its Operation Essential Harvest to collect weapons from ethnic-Albanian insurgents.",
    "The slaying underscored the hostile environment in which the peacekeepers will have to operate. In addition to the attack, there were reports about anti-NATO protestors blocking key roads.",
    "Many Macedonians appear to blame the alliance for the country's six-month-old ethnic-Albanian insurgency by failing to completely cut off the weapons supply to the rebels, most of whom are believed to come from neighboring Kosovo.",
    "In a further sign of ethnic tensions, a bomb exploded near the Albanian Embassy in Skopje late Sunday, after an earlier explosion rocked a hotel near Tetovo, killing two employees.",
    "The peacekeeping mission is also confronted with criticism from Macedonian government leaders who have condemned NATO for its intention to collect about 3,300 weapons from the insurgents.",
)

# https://www.voanews.com/a/a-13-a-2003-07-24-33-leader-67316282/381642.html (cut: stored copy breaks off)
TEXTS["voa_2003_07_24_solomon_islands_intervention_force"] = P(
    "The leader of an international intervention force is promising a speedy return to order in the capital of the Solomon Islands, as troops begin to arrive in the South Pacific nation.",
    "Nick Warner got a warm welcome Thursday as he touched down in the Solomon Islands capital of Honiara.",
    "Mr. Warner is coordinating an Australian-led international peacekeeping force code-named \"Operation Helpem Fren,\" using the pidgin English phrase that means \"help a friend.\"",
    "The Solomons' government requested the international deployment earlier this month, after it admitted it had lost control of the country's security and the islands descended into lawless chaos.",
    "Four days of scheduled troop arrivals began after dawn on Thursday, bringing the first contingent of about 2,000 troops and 300 police from Australia, New Zealand, Fiji, Papua New Guinea, and Tonga.",
    "Mr. Warner says Solomon islanders can expect a visible improvement very soon in the capital's security.",
    "\"We will have joint patrols beginning almost immediately,\" he said. \"We will have static guarding of key institutions and buildings of state and we will have close personal protection on the Prime Minister.\"",
    "Five years of ethnic violence and civil war in the Solomon Islands have allowed bands of militant rebels to carry out crime and killing sprees with impunity.",
    "Rebel militias say their cause is political, but many residents view them as common criminals taking advantage of a security vacuum.",
    "Female pastor Marita Tahu reflected the strong degree of public support for the mission Thursday in a prayer for the troops.",
    "\"Thank you God for their sacrificial offerings... we pray for the leaders of the intervention force,\" she said.",
    "Rebel militia members are being given an amnesty period to turn in their weapons.",
)

# https://www.voanews.com/a/a-13-a-2003-10-10-4-congo-66835627/375009.html (whole item)
TEXTS["voa_2003_10_10_congo_ituri_bule_deployment"] = P(
    "Armed militia groups in Congo's northeastern province of Ituri have pledged to reveal to the United Nations the numbers and whereabouts of their troops. U.N. troops have begun deploying from the provincial capital, Bunia, into the Ituri countryside, following the massacre of more than 65 people earlier this week.",
    "The armed groups promised to hand over details of the whereabouts and numbers of their troops to U.N. peacekeepers.",
    "The meeting between the United Nations armed Ituri militia groups and representatives from the Congolese Ministry of Defense followed the massacre of at least 65 civilians, mostly children, some 60 kilometers northeast of Bunia on Monday. More than 50,000 lives have been lost in Ituri since 1999.",
    "U.N. troops, which will number about 5,000 at full strength, have been planning their deployment into Ituri, a province roughly the size of Sierra Leone, since they took over in September from a French-led multinational force.",
    "The peacekeepers have also begun their first initial deployment into the town of Bule, some five kilometers from the scene of the latest massacre in the hamlet of Katshelli, sending 120 troops to prepare the ground for a permanent deployment.",
    "The U.N. force, comprised of Banglasdehi, Pakistani, Nepalese, Uruguayan and Indian troops, has a broad mandate to open fire at will.",
    "Congo's new national government, which formally ended five years of war that had claimed over three million lives, is comprised of the former government and other ex-rebel groups backed by Uganda and Rwanda.",
)

# https://voa.pangea-cms.com/preview/en-US/a/a-13-2007-01-05-voa53/351194.html (whole item)
TEXTS["voa_2007_01_05_afghanistan_helmand_kajaki"] = P(
    "Afghan authorities say NATO and Afghan forces have killed at least 15 suspected Taleban militants in a fierce battle in southern Helmand province.",
    "The police chief in Helmand,Ghulam Nabi Malakhel, says the three-hour battle took place Thursday in the mountainous Kajaki district. He says NATO and Afghan troops did not suffer any casualties.",
    "The police chief says among those killed was a deputy to Akhtar Mohammad Osmani, a senior Taleban military commander who was killed in a U.S. airstrike in Helmand province last month.",
    "In a separate incident in Helmand, police say three suspected Taleban militants were killed when explosives they were planting went off accidentally.",
    "More than 4,000 people were killed in Afghanistan in 2006, during a resurgence of Taleban-led attacks against U.S., NATO and Afghan forces.",
)

# https://voanews.com/a/a-13-2007-04-19-voa8/347861.html (whole item)
TEXTS["voa_2007_04_19_afghanistan_helmand_sangin"] = P(
    "U.S.-led coalition forces in Afghanistan say troops killed 24 Taleban fighters in a seven-hour battle in the country's restive south.",
    "A coalition statement said the fight happened Wednesday in the Sangin district of Helmand province. Two coalition soldiers were wounded.",
    "Meanwhile, Amnesty International said Taleban insurgents are deliberately targeting civilians in Afghanistan to instill fear and exert control over the population.",
    "The London-based rights group said civilians are increasingly facing suicide attacks, abductions and beheadings.",
    "The organization said Taleban militants have a deliberate policy of killing teachers, abducting aid workers and burning school buildings.",
    "Amnesty said at least 756 civilians were killed in 2006, mostly from roadside bombs and suicide attacks.",
    "Some information for this report was provided by AFP and AP.",
)

# https://voa.pangea-cms.com/preview/en-US/a/article-32-militants-4-soldiers-killed-in-western-afghanistan-123733384/140669.html (whole item)
TEXTS["voa_2011_06_12_afghanistan_badghis"] = P(
    "Afghan army officials say their troops have killed 32 insurgents in the western region of the country.",
    "Officials say four Afghan soldiers were killed and at least three other soldiers were wounded Sunday in the fighting in Badghis province.",
    "In southern Afghanistan Sunday, a NATO service member was killed in an insurgent attack.",
    "A limited withdrawal of foreign troops is expected to begin in July, ahead of a planned transition of responsibility to Afghan security forces due to be completed by the end of 2014.",
    "Some information for this report was provided by AP, AFP and Reuters.",
)

# http://www.defense.gov/news/newsarticle.aspx?id=63216 (cut: stored copy breaks off)
TEXTS["afps_2011_03_18_afghanistan_operations"] = P(
    "WASHINGTON, March 18, 2011 \u2013 Afghan and coalition forces killed two insurgents yesterday in the Reg-e Khan district of Afghanistan\u2019s Helmand province, military officials reported.",
    "Troops spotted several insurgents setting up an enemy fighter position and requested close-air support to disrupt their activities.",
    "In other operations yesterday throughout Afghanistan:",
    "-- Security forces killed one insurgent and detained several other suspects while searching for a senior Taliban leader in Sar-e Pul province\u2019s Sayyad Valley district. The Taliban leader is linked to trafficking foreign fighters and training suicide bombers in camps in northern Afghanistan.",
    "-- Forces captured numerous insurgents while searching for a Taliban leader responsible for trade and smuggling operations in Helmand province\u2019s Kajaki district.",
    "-- In Zabul province\u2019s Qalat district, troops detained several suspected insurgents while searching for a Taliban leader associated with weapons trafficking and foreign fighter camps. The Taliban leader is suspected of giving financial and logistical support to insurgents.",
    "-- Afghan and coalition troops in Khost province\u2019s Bak district captured a Haqqani network terrorist leader and two other insurgents suspected in bombing attacks in the area.",
    "-- In Wardak province\u2019s Nerkh district, troops detained two suspected insurgents while targeting a Hezb-e Islami Gulbuddin terrorist group leader responsible for at least 20 fighters in the area.",
    "In operations March 16:",
    "-- Security forces killed several armed insurgents and wounded another who ambushed their patrol in Kunar province\u2019s Shigal wa Sheltan district. Troops used close-air support to repel the attack.",
)

# https://www.voanews.com/a/colombia-kills-farc-rebels/2782713.html (whole item)
TEXTS["voa_2015_05_21_colombia_cauca_farc_bombing"] = P(
    "Colombia's army killed 18 members of the leftist rebel group, the Revolutionary Armed Forces of Colombia (FARC) Thursday in a bombing raid, an army official said.",
    "The operation took place in the Cauca region of western Colombia, a FARC stronghold and a key drug trafficking area.",
    "The air strike is one of the deadliest between the guerrillas and the government since peace talks between the two sides started more than two years ago.",
    "Colombian President Juan Manuel Santos lifted an air strike suspension against the Marxist guerrillas last month after members of the rebel group became suspects in the killing of 10 soldiers.",
    "FARC has been fighting the Colombian government since the mid-1960s. The civil conflict has killed more than 200,000 people.",
)

# https://www.voanews.com/a/yemen-officials-say-score-dead-in-houthi-rebel-shelling/2869523.html (whole item)
TEXTS["voa_2015_07_19_yemen_aden_shelling"] = P(
    "At least 43 people were killed and 100 were wounded near Yemen's second city of Aden on Sunday, in what officials said was shelling by Houthi rebels.",
    "The militia has been fighting for control of Aden in recent months, as it clashed with forces loyal to the internationally recognized government.",
    "A Saudi-led coalition began an air campaign in the country four months ago in support of exiled President Abd Rabbu Mansour Hadi, now living in Riyadh.",
    "The Houthis stoked internal political divisions in Yemen late last year, ultimately pushing the president out.",
    "Violence on the ground paired with the ongoing airstrikes have killed at least 1,670 civilians since March, the United Nations reported last week.",
    "With commercial flights cancelled, the relentless conflict has pushed thousands of Yemenis to flee the country by land and sea.",
)

# http://www.defense.gov/Releases/Release.aspx?ReleaseID=17328 (cut: stored copy breaks off)
TEXTS["dod_2015_06_10_iraq_taqaddum_450"] = P(
    "The commander in chief has authorized Secretary of Defense Ash Carter to deploy to Iraq up to 450 additional U.S. personnel in a non-combat role, to expand our advise and assist mission at Taqaddum Air Base in support of the Government of Iraq.",
    "The intent of this increase will be to provide personnel to assist with planning, integration and support of Iraqi Security Forces and tribal forces as they fight to retake the Ramadi and Fallujah corridor. U.S. forces will provide operational advice and planning support the Iraqi Security Forces, to include the 8th Iraqi Army Division and other security forces associated with the Government of Iraq. This mission will also enable tribal outreach as part of the plan Prime Minister Al-Abadi led the Council of Ministers in passing on May 19 to accelerate the training and equipping of local tribes in coordination with Anbar authorities.",
    "This decision does not represent a change in mission, but rather adds another location for DoD to conduct similar activities in more areas in Iraq. U.S. forces continue to perform an advisory, training, and support role and are not conducting offensive ground combat operations. The additional site will result in an increase in DoD force levels to up to 3,550 personnel.",
)

# https://www.voanews.com/a/south-central-asia_taliban-capture-7th-afghan-district-foreign-forces-pull-out/6206616.html (cut)
TEXTS["voa_2021_06_04_afghanistan_kabul_blast_taliban_district"] = P(
    "The Taliban seized a district in southern Afghanistan Friday without facing any resistance from Afghan government security forces, bringing to seven the number of districts the insurgents have overrun since the United States and its NATO allies began withdrawing their troops from the country a month ago.",
    "Separately, an overnight roadside bombing of a vehicle in the national capital, Kabul, killed a young female Afghan television anchor and her mother, and wounded her sister. Mina Khairi was working for the Ariana News channel for the past three years, her employer said.",
    "The Afghan Journalists Safety Committee said, \u201cAJSC is deeply saddened to hear Mina Khairi, TV presenter at Ariana News and her mother are among the victims of yesterday's blast in district 6 of Kabul city. We strongly condemn the attack & call on the government to seriously investigate the case.\u201d",
    "Sharif Hassanyar, the head of Ariana news, said in a video statement: \u2018While we are deeply saddened by the loss of Mena Khairi, Ariana News will not back away from freedom of the press and will continue its work for the freedom of the press in Afghanistan.\u201d He says freedom of the press is a red line for his channel.",
    "Afghan Second Vice President Sarwar Danish said Friday the security agencies and those directly responsible for providing security in the government are obliged to act as soon as possible and be accountable for the repeated killings and \u201cgenocides\u201d west of Kabul city.",
    "The Thursday night blast killed a total of four people and injured several others, including Khairi\u2019s sister. There were no immediate claims of responsibility.",
)

# https://www.defense.gov/News/Transcripts/Transcript/Article/3341207/pentagon-press-secretary-brig-gen-pat-ryder-holds-an-on-camera-press-briefing/ (cut)
TEXTS["dod_2023_03_24_syria_hasakah_drone_briefing"] = P(
    "BRIG. GEN. PAT RYDER: Hey, good afternoon, everybody. Just a few things to deliver up top, and we'll get right to your questions here.",
    "So first of all, I'd like to take a moment to recap recent operations in the U.S. Central Command Area of Responsibility. Per our DOD statement last night, a U.S. contractor was killed yesterday and five U.S. service members and one additional U.S. contractor were wounded after a one-way unmanned aerial vehicle struck a maintenance facility on a coalition base near Hasakah in northeast -- northeast Syria at approximately 1:38 P.M. local time.",
    "Secretary Austin, at the direction of President Biden, authorized U.S. Central Command forces to conduct precision strikes into eastern Syria against facilities used by groups affiliated with Iran's Islamic Revolutionary Guard Corps. The air strikes were conducted in response to yesterday's attack, as well as a series of recent attacks against coalition forces in Syria by groups affiliated with the IRGC.",
    "In terms of air strike details, two U.S. Air Force F-15E fighter aircraft, assigned to U.S. Air Forces Central and based in the CENTCOM Area of Responsibility, struck two IRGC-affiliated facilities at approximately 7:40 P.M. Eastern time, or 2:40 A.M. local. The facilities were located near Deir Ez-Zor in eastern Syria, and we're continuing to assess the outcome of the strikes. Initial indications are that the facilities were destroyed. In regards to any militant casualties, we're still assessing.",
)

# https://voa.pangea-cms.com/preview/en-US/a/two-more-civilians-killed-in-russian-shelling-of-kherson-/7339905.html (cut)
TEXTS["voa_2023_11_02_ukraine_kherson_shelling"] = P(
    "Russian shelling on Thursday killed two more civilians \u2014 an 81-year-old woman and a 60-year-old man \u2014 in southern Ukraine's Kherson region, according to local authorities, marking the latest deaths in Russia's assault on the area.",
    "The shelling targeted several villages, Governor Oleksandr Prokudin said. Four others were injured in the strikes, which also damaged buildings.",
    "The two deaths came after one person died Wednesday in Russian shelling in the region's capital, which is also called Kherson. Prokudin called the damage left by the assault \"an apocalyptic scene.\"",
    "Ukraine recaptured the city of Kherson last November after nearly nine months of Russian occupation. The Kherson region is a strategic area in the war, given its proximity to the Crimean Peninsula, which Moscow annexed in 2014 and is now where Russia has based significant logistic operations.",
    "Meanwhile, Russia on Thursday said Ukraine was \"playing with fire\" after Ukraine launched a drone attack near the Zaporizhzhia nuclear station. The plant has been under Russian control since March 2022.",
    "Russian forces shot down nine Ukrainian drones, according to Russia's Defense Ministry.",
    "Kyiv \"is carrying out criminal and irresponsible provocations,\" Russian Foreign Ministry spokesperson Maria Zakharova said.",
    "The International Atomic Energy Agency has regularly warned about the risk of a nuclear accident at the plant.",
)
