META
key;value
description;Approval, greedy
budget;100
vote_type;approval
rule;greedy
max_length;3
currency;KRW
PROJECTS
project_id;cost;votes;name;selected
1;60;3;"Park ""Green""; phase 1";1
2;50;2;Library;0
3;30;1;Bench;1
VOTES
voter_id;vote;age
a;1,2,3;34
b;1,2;
c;1;70
