namespace ComplaintDesk.Core.Mail.Inbound;

/// <summary>The words the desk writes into a complaint made from an e-mail, in the desk's language (the host gives them).</summary>
public interface IInboundMailWords
{
    /// <summary>Opens the description of a complaint that follows up <paramref name="reference"/>, which no longer takes information.</summary>
    string FollowingUp(string reference);

    /// <summary>The product or service of a complaint whose e-mail had no subject.</summary>
    string NoSubject { get; }
}
