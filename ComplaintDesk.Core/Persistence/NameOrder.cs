using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace ComplaintDesk.Core.Persistence;

/// <summary>
/// Sorts by a name in the database in the order of the language the person reads (<see cref="NameCollation.Current"/>):
/// in Turkish Ç after C, ı before i, İ after I, Ö after O, Ş after S; in English the accents only break ties.
/// </summary>
internal static class NameOrder
{
    private static readonly MethodInfo _collate = typeof(RelationalDbFunctionsExtensions)
        .GetMethod(nameof(RelationalDbFunctionsExtensions.Collate))!.MakeGenericMethod(typeof(string));

    public static IOrderedQueryable<T> OrderByName<T>(this IQueryable<T> query, DeskDbContext db, Expression<Func<T, string?>> name, bool descending = false) =>
        descending ? query.OrderByDescending(Collated(db, name)) : query.OrderBy(Collated(db, name));

    // The collation is a constant in the expression: SQL takes a collation's name, never a parameter.
    private static Expression<Func<T, string?>> Collated<T>(DeskDbContext db, Expression<Func<T, string?>> name) =>
        Expression.Lambda<Func<T, string?>>(
            Expression.Call(_collate, Expression.Constant(EF.Functions), name.Body, Expression.Constant(NameCollation.Current.On(db))),
            name.Parameters);
}
