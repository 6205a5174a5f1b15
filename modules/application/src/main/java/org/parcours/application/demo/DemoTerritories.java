package org.parcours.application.demo;

import java.util.List;
import org.parcours.domain.territory.TeamRole;
import org.parcours.domain.territory.TerritoryKind;

/** The twelve sample pilot territories and their teams. Names are plausible, people are fictional. */
final class DemoTerritories {

    record SampleMember(String fullName, String email, TeamRole role, String organisation) {
    }

    record SampleTerritory(String name, TerritoryKind kind, String region, List<SampleMember> members) {
    }

    private DemoTerritories() {
    }

    static List<SampleTerritory> all() {
        return List.of(
                territory("Communauté de communes du Pays de Redon", TerritoryKind.INTERMUNICIPALITY, "Bretagne",
                        member("Anne Rivière", "anne.riviere@redon.demo.test", TeamRole.OFFICER, "Service développement local"),
                        member("Yann Le Goff", "yann.legoff@redon.demo.test", TeamRole.ELECTED_OFFICIAL, "Vice-président économie"),
                        member("Soazig Tanguy", "soazig.tanguy@redon.demo.test", TeamRole.ASSOCIATION, "Réseau des ressourceries")),
                territory("Ville de Lens", TerritoryKind.MUNICIPALITY, "Hauts-de-France",
                        member("Marc Dubois", "marc.dubois@lens.demo.test", TeamRole.OFFICER, "Direction de la cohésion sociale"),
                        member("Nadia Benali", "nadia.benali@lens.demo.test", TeamRole.BUSINESS, "Club des entreprises du bassin minier")),
                territory("Département de la Drôme", TerritoryKind.DEPARTMENT, "Auvergne-Rhône-Alpes",
                        member("Julie Faure", "julie.faure@drome.demo.test", TeamRole.OFFICER, "Mission économie sociale et solidaire"),
                        member("Pierre Chabert", "pierre.chabert@drome.demo.test", TeamRole.ELECTED_OFFICIAL, null)),
                territory("Région Pays de la Loire", TerritoryKind.REGION, "Pays de la Loire",
                        member("Claire Guérin", "claire.guerin@pdl.demo.test", TeamRole.OFFICER, "Direction de l'innovation"),
                        member("Thomas Renaud", "thomas.renaud@pdl.demo.test", TeamRole.BUSINESS, "Fondation d'entreprise")),
                territory("Ville de Charenton-le-Pont", TerritoryKind.MUNICIPALITY, "Île-de-France",
                        member("Sophie Lambert", "sophie.lambert@charenton.demo.test", TeamRole.OFFICER, "Vie associative"),
                        member("Karim Haddad", "karim.haddad@charenton.demo.test", TeamRole.ASSOCIATION, "Maison des associations")),
                territory("Grand Figeac", TerritoryKind.INTERMUNICIPALITY, "Occitanie",
                        member("Lucie Bastide", "lucie.bastide@figeac.demo.test", TeamRole.OFFICER, "Pôle attractivité"),
                        member("Jean Delmas", "jean.delmas@figeac.demo.test", TeamRole.ELECTED_OFFICIAL, null)),
                territory("Département du Gers", TerritoryKind.DEPARTMENT, "Occitanie",
                        member("Hélène Dupuy", "helene.dupuy@gers.demo.test", TeamRole.OFFICER, "Direction de la solidarité"),
                        member("Bruno Castex", "bruno.castex@gers.demo.test", TeamRole.BUSINESS, "Coopérative agricole")),
                territory("Communauté urbaine d'Alençon", TerritoryKind.INTERMUNICIPALITY, "Normandie",
                        member("Camille Lefort", "camille.lefort@alencon.demo.test", TeamRole.OFFICER, "Politique de la ville"),
                        member("Olivier Marie", "olivier.marie@alencon.demo.test", TeamRole.ASSOCIATION, "Association d'insertion")),
                territory("Ville de Saint-Dié-des-Vosges", TerritoryKind.MUNICIPALITY, "Grand Est",
                        member("Émilie Schmitt", "emilie.schmitt@saintdie.demo.test", TeamRole.OFFICER, "Développement économique"),
                        member("Luc Georges", "luc.georges@saintdie.demo.test", TeamRole.ELECTED_OFFICIAL, null)),
                territory("Communauté de communes Cœur de Savoie", TerritoryKind.INTERMUNICIPALITY, "Auvergne-Rhône-Alpes",
                        member("Aurélie Ducret", "aurelie.ducret@coeurdesavoie.demo.test", TeamRole.OFFICER, "Service emploi"),
                        member("Patrick Bal", "patrick.bal@coeurdesavoie.demo.test", TeamRole.BUSINESS, "Groupement d'employeurs")),
                territory("Pays de Morlaix", TerritoryKind.INTERMUNICIPALITY, "Bretagne",
                        member("Gaëlle Kerbrat", "gaelle.kerbrat@morlaix.demo.test", TeamRole.OFFICER, "Conseil de développement"),
                        member("Erwan Quéré", "erwan.quere@morlaix.demo.test", TeamRole.ASSOCIATION, "Tiers-lieu")),
                territory("Département de la Nièvre", TerritoryKind.DEPARTMENT, "Bourgogne-Franche-Comté",
                        member("Isabelle Perrin", "isabelle.perrin@nievre.demo.test", TeamRole.OFFICER, "Mission numérique"),
                        member("Didier Moreau", "didier.moreau@nievre.demo.test", TeamRole.ELECTED_OFFICIAL, null)));
    }

    private static SampleTerritory territory(String name, TerritoryKind kind, String region, SampleMember... members) {
        return new SampleTerritory(name, kind, region, List.of(members));
    }

    private static SampleMember member(String fullName, String email, TeamRole role, String organisation) {
        return new SampleMember(fullName, email, role, organisation);
    }
}
