# -*- coding: utf-8 -*-
"""Article body texts, copied from the stored copies of the pages (see articles.jsonl notes).

Prepared as GUIDELINES section 1 says: titles, navigation, bylines, captions, subheadings and page
furniture removed; wording, spelling, punctuation and quote characters kept as stored.
"""

TEXTS = {}

TEXTS["voa_2005_09_23_thailand_south_marines_killed"] = """Reporter Ron Corben is in southern Thailand just two days after the brutal killing of two Thai marines by unidentified assailants. This was latest violence to hit the restive, predominantly Muslim region. VOA's Heda Bayron in Hong Kong started by asking him to describe the security situation on the ground.

CORBEN: While the situation here Friday appears to be quiet, people that we spoke to did say the situation remains very tense, especially after the killing of two Marines just two days ago.

Also this morning there was a report of a bombing in Narathiwat. The Minister to the Prime Minister's Office, speaking at a press conference this morning, said that the government was pursuing a dual track. One of economic development but also to emphasize the use of law enforcement. One of the things he did acknowledge was that the elements, even if he described them as a minority, have been very effective in creating what he called a terror campaign and that, he said, is "unacceptable for us as a nation".

As we drove past, many shops were closed; could have been because people were at Friday prayers, but there have been threats by the insurgents against people opening their stalls on Friday. The mosques that we passed were busy. There were many people going to Friday prayers.

Security is tight across the region - there are a lot of roadblocks guarded by the military. It's estimated up to 20,000 soldiers have been based here to bring the situation under control.

BAYRON: Could you give us a background on the origins of this conflict?

CORBEN: The origins probably date back to about 100 years ago or so when Thailand took over three key areas of Malaysia.

It's gone through several phases where separatists against the Bangkok government have tried to fight for a separatist state or to be part of Malaysia."""

TEXTS["voa_2009_09_29_pakistan_bannu_razmak_orakzai"] = """A suicide car bomber in northwest Pakistan killed five people Monday, including a prominent pro-government tribal leader as he traveled to a peace committee meeting.

Local officials say the attack on a vehicle carrying tribal leader Maulana Abdul Hakeem occurred near a police checkpoint outside the town of Bannu.

Analysts say Hakeem had been instrumental in brokering deals with the government, allowing security forces access to the nearby Waziristan tribal regions to target Taliban and al-Qaida militants.

In other violence Monday, one Pakistani soldier was killed and at least five others wounded in a rocket attack on an army camp in Razmak in the northwest. The military responded by firing heavy artillery, killing at least 12 insurgents.

In the Orakzai region, also in the northwest, military helicopter gunships pounded Taliban hideouts, killing at least six militants and wounding several others.

The head of the U.N. Humanitarian Affairs office in Pakistan (Manuel Bessler) told VOA hundreds of families have been fleeing South Waziristan in anticipation of a new military offensive.

Government officials insist they are not about to launch any major operation in the area, but the U.N. official said his office is ready. Local media reports say military helicopters have dropped pamphlets warning residents to leave.

Pakistani forces in the northwest made significant gains against militants during an offensive in the Swat valley earlier this year. The recent incidents of violence are seen as a response by militants to that pressure."""

TEXTS["voa_2012_05_04_myanmar_kachin_clashes"] = """Burmese state media said Friday that heavy fighting in northern Kachin state has killed 29 ethnic rebels and two government troops during the past week.

The state-run New Light of Myanmar said the clashes began on April 27 when government troops responded to an attack on a military post by members of the Kachin Independence Army in a northern border town. It said one KIA member was captured alive and that the military is in "hot pursuit" of fleeing members of the group.

Lanan, a spokesperson for the Kachin Independence Organization, confirmed the fighting to VOA's Burmese service. While he did not give a casualty estimate, he said both sides had suffered losses in the fighting. He also said that government troops were moving closer to KIO headquarters near the Burma-China border.

At least 60,000 people have been displaced since June 2011, when fighting broke out between the army and Kachin rebels, ending a 17-year cease-fire.

U.N. Secretary-General Ban Ki-moon called for an end to Burma's conflicts with ethnic rebel groups during his visit to the country earlier this week.

Rights groups say that, despite Burma's recent political reforms, there has been little progress in human rights abuses committed by the country's military.

Ethnic groups in the northern part of the country have long accused the government of repressing them, and have been fighting for greater autonomy in their traditional states.

Some information for this report was provided by AFP."""

TEXTS["voa_2017_04_25_pakistan_kurram_roadside_bomb"] = """A roadside bomb has killed at least 14 people and wounded nine others in a remote northwestern region of Pakistan.

Local officials said Tuesday’s attack in Kurram Agency, a tribal district near the Afghan border, targeted a passenger minibus, and women and children were among the victims.

A militant group linked to the anti-government Pakistani Taliban took credit for the deadly bombing it said was aimed at members of the minority Shi’ite Muslim community and government workers carrying out a census in the area.

Local administration officials confirmed four members of a census team, including security personnel, were among those wounded.

The military immediately dispatched helicopters to the border region to evacuate "critically wounded" people to hospitals in the nearby city of Peshawar.

In March, a powerful bomb blast near a Shi’ite worship place in Parachinar, the administrative center of the tribal region, killed more than 20 people. Jamaat-ul-Ahrar also claimed responsibility for that attack.

Extremists from Pakistan’s majority Sunni Muslim population often target Shi'ites, condemning them as heretics. The sectarian violence has claimed lives of thousands of Pakistanis in recent years.

Hours after the deadly bombing, the military announced four members of the Pakistani Taliban were executed in a high-security prison. The men were sentenced to death by a military court for participating in terrorist attacks on civilians and security forces."""

TEXTS["army_2017_04_27_afghanistan_bagram_3id_deployment"] = """Fort Stewart (Fort Stewart-Hunter Army Airfield Public Affairs Office) – The Department of the Army announced today the summer 2017 deployment of approximately 200 soldiers from the 3rd Infantry Division Headquarters, stationed at Fort Stewart to Afghanistan, in support of Operation Freedom’s Sentinel.

The 3rd Infantry Division Headquarters will replace 1st Cavalry Division Headquarters at Bagram Airfield as the U.S. Forces-Afghanistan’s National Support Element.

“The Marne Division is trained and ready to deploy in support of this important mission,” said Maj. Gen. James Rainey, commander of 3rd Infantry Division. “The number one priority at the 3rd Infantry Division is readiness and I am confident our soldiers are ready to serve our nation’s call.”"""

TEXTS["dod_2018_07_09_afghanistan_uruzgan_insider_attack"] = """WASHINGTON, July 9, 2018 — Members of the Defense Department express condolences for the two U.S. Central Command service members who died during the weekend, Army Col. Rob Manning, director of defense press operations, told reporters this morning.
While supporting Operation Freedom’s Sentinel in the Tarin Kowt district of Afghanistan’s Uruzgan province, Army Cpl. Joseph Maciel of South Gate, California, died July 7 of wounds he suffered during an apparent insider attack, Manning said, noting the incident is under investigation.
Maciel was posthumously promoted to corporal. He had served in Afghanistan since February.
Two other U.S. service members were wounded during the attack and are in stable condition, Manning added.
Maciel was an infantryman assigned to the 1st Battalion, 28th Infantry Regiment, based at Fort Benning, Georgia. Task Force 1-28 Infantry is deployed in support of the 1st Security Force Assistance Brigade, the colonel noted.
On July 8, a sailor assigned to the guided missile destroyer USS Jason Dunham died from injuries he suffered while conducting small-boat operations in the Red Sea, Manning said.
The sailor, whose name will be released 24 hours after family members are notified, was medically evacuated to a hospital in Jordan and was pronounced dead at 12:45 p.m. local time."""

TEXTS["voa_2020_05_04_kashmir_indian_soldiers_killed"] = """Three Indian soldiers were killed in clashes with militants in the disputed Himalayan region of Kashmir, officials said, a day after a gun battle in which five were killed.

The flare-up comes amid a major offensive by India that has killed 22 militants in the past month.

New Delhi said 20 Indian soldiers have been killed during the same period, the biggest death toll since a militant suicide attack killed 40 paramilitary police in February 2019.

On May 3, five Indian soldiers, including a high-ranking army officer, were killed in India-administered Kashmir.

Muslim-majority Pakistan and Hindu-led India have fought two wars over control of Kashmir, which is claimed in full by both nuclear-armed countries.

India accuses Pakistan of funding militant groups fighting Indian troops, a claim Islamabad denies.

Tensions in Indian-controlled Kashmir have been running particularly high since August 2019, when India stripped the region of limited autonomy and implemented a months-long crackdown on militants and supporters of independence or unification with Pakistan-administered Kashmir."""

TEXTS["dod_2025_08_26_afghanistan_abbey_gate_anniversary"] = """On the fourth anniversary of the terrorist attack at Abbey Gate on August 26, 2021, the Department of Defense pauses to honor the 13 brave U.S. service members who made the ultimate sacrifice during the U.S. military's withdrawal from Afghanistan. These heroes, selfless warriors who stood guard amidst chaos, lost their lives in a suicide bombing that also claimed approximately 170 Afghan civilians. Their valor and dedication to duty will forever inspire our nation, and we extend our deepest respect and gratitude to their families, whose enduring pain fuels our resolve to seek justice and truth.

Under the leadership of Secretary of Defense Pete Hegseth, the Special Review Panel at the Department continues its vital work to investigate the botched withdrawal, ensuring that the pursuit of accountability and transparency does not waver. While the review is ongoing, the effort to uncover the full truth behind the decisions made during this period has not stopped and will not stop until every aspect is examined and those responsible are held to account.

"Justice for the families of the 13 fallen service members is an essential priority," said Secretary Hegseth. "Their sacrifice is the driving force behind this panel's mission. We owe it to them, to the American people, and to all who wear the uniform to comb through every detail of what happened, delivering full accountability and restoring trust.\""""
