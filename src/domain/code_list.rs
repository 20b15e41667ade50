//! `code_list!`: an enum of codes whose `ALL` (every value, in declaration order) is derived
//! from the enum itself, so a new need, status or provider type cannot be missing from the
//! menus, imports, facets and figures that walk `ALL`.
//!
//! The declaration order is also the order menus show and the variant index bincode stores:
//! append new codes at the end, never reorder.

macro_rules! code_list {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),*
        }

        impl $name {
            /// Every value, in declaration order (derived from the enum by `code_list!`).
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];
        }
    };
}

pub(crate) use code_list;

#[cfg(test)]
mod tests {
    code_list! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        enum Probe {
            /// A documented variant.
            First,
            Second,
            Third,
        }
    }

    #[test]
    fn all_lists_every_variant_in_declaration_order() {
        assert_eq!(Probe::ALL, [Probe::First, Probe::Second, Probe::Third]);
    }
}
